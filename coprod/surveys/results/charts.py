"""Bar charts of a question's results, with alt text to match. Drawing and keeping the images
is coprod.common.charts: a chart is drawn once per set of numbers, whoever looks."""

from __future__ import annotations

from flask_babel import gettext as _

from coprod.common.charts import ChartSpec
from coprod.surveys.results.services import OptionCount, QuestionResult


def chart_spec(result: QuestionResult) -> ChartSpec:
    """What one question's chart draws: each option's count, with count and percentage."""
    return ChartSpec(result.question.text, tuple(o.label for o in result.options),
                     tuple(o.count for o in result.options),
                     tuple(_share(o) for o in result.options))


def _share(option: OptionCount) -> str:
    """A bar's label: "12 (40%)"; "Not applicable" shows its count alone (it is not in the
    percentages)."""
    if option.percent is None:
        return str(option.count)
    return f"{option.count} ({option.percent}%)"


def chart_alt(result: QuestionResult) -> str:
    """What the chart shows, in one or two sentences, for its alt text (marked for translation:
    screen-reader users hear it)."""
    question = result.question.text
    if not result.answered:
        return _("Bar chart for “%(question)s”: nobody has answered yet.", question=question)
    ranked = sorted((o for o in result.options if o.percent is not None), key=lambda o: -o.count)
    if not result.base:
        text = _("Bar chart for “%(question)s”: all %(answered)d people who answered said "
                 "“Not applicable”", question=question, answered=result.answered)
        return text + _(". The table beside it has every number.")
    top = ranked[0]
    text = _("Bar chart for “%(question)s”, %(answered)d people answered. Most chose "
             "“%(label)s” (%(count)d, %(percent)s%%)", question=question,
             answered=result.base, label=top.label, count=top.count, percent=top.percent)
    if len(ranked) > 1 and ranked[1].count:
        second = ranked[1]
        text += _(", then “%(label)s” (%(count)d, %(percent)s%%)", label=second.label,
                  count=second.count, percent=second.percent)
    if result.not_applicable:
        text += _(". %(count)d more said “Not applicable”, not counted in the percentages",
                  count=result.not_applicable)
    return text + _(". The table beside it has every number.")
