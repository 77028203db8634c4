"""Every table, imported in one place so Alembic and the tests see the whole schema."""

from coprod.analysis.models import FlagStep, SafeguardingProcedure  # noqa: F401
from coprod.areas.models import Area, Membership  # noqa: F401
from coprod.auth.models import Invite, SignInThrottle, User  # noqa: F401
from coprod.charters.models import (  # noqa: F401
    Charter,
    CharterVersion,
    Evaluation,
    EvaluationCode,
    EvaluationLink,
    Project,
    ProjectLink,
    Rating,
    Signatory,
)
from coprod.common.audit import AuditEvent  # noqa: F401
from coprod.common.charts import ChartImage  # noqa: F401
from coprod.events.models import EventAction, ListeningEvent  # noqa: F401
from coprod.reports.models import (  # noqa: F401
    ReportJob,
    SavedReport,
    SelfEvaluation,
    SendPopulation,
)
from coprod.surveys.models import (  # noqa: F401
    CodeThrottle,
    Survey,
    SurveyAnswer,
    SurveyResponse,
    SurveyVersion,
)
from coprod.voice.findings import AreaCodebook, CommentAnalysis, CommentTheme, SafeguardingFlag  # noqa: F401
from coprod.voice.models import Comment  # noqa: F401
from coprod.yousaid.models import EvidenceLink, FamiliesTold, ProgressStep, YouSaidItem  # noqa: F401
