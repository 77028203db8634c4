"""Extensions, created unbound and bound to the app in create_app()."""

from flask_babel import Babel
from flask_login import LoginManager
from flask_wtf.csrf import CSRFProtect
from govuk_frontend_wtf.main import WTFormsHelpers

login_manager = LoginManager()
csrf = CSRFProtect()
babel = Babel()
wtforms_helpers = WTFormsHelpers()
