"""Bar charts of a question's results, with alt text to match. Drawing and keeping the images
is coprod.common.charts: a chart is drawn once per set of numbers, whoever looks."""

from __future__ import annotations

from flask_babel import gettext as _

from coprod.common.charts import ChartSpec
from coprod.surveys.results.services import QuestionResult


def chart_spec(result: QuestionResult) -> ChartSpec:
    """What one question's chart draws: each option's count, with count and percentage."""
    return ChartSpec(result.question.text, tuple(o.label for o in result.options),
                     tuple(o.count for o in result.options),
                     tuple(f"{o.count} ({o.percent}%)" for o in result.options))


def chart_alt(result: QuestionResult) -> str:
    """What the chart shows, in one or two sentences, for its alt text (marked for translation:
    screen-reader users hear it)."""
    question = result.question.text
    if not result.answered:
        return _("Bar chart for “%(question)s”: nobody has answered yet.", question=question)
    ranked = sorted(result.options, key=lambda o: -o.count)
    top = ranked[0]
    text = _("Bar chart for “%(question)s”, %(answered)d people answered. Most chose "
             "“%(label)s” (%(count)d, %(percent)s%%)", question=question,
             answered=result.answered, label=top.label, count=top.count, percent=top.percent)
    if len(ranked) > 1 and ranked[1].count:
        second = ranked[1]
        text += _(", then “%(label)s” (%(count)d, %(percent)s%%)", label=second.label,
                  count=second.count, percent=second.percent)
    return text + _(". The table beside it has every number.")
