// Tells GOV.UK Frontend's styles that JavaScript runs (what template.njk does inline; our
// Content-Security-Policy allows no inline script, so it lives here).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
