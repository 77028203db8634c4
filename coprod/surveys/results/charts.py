"""Bar charts of a question's results, with alt text to match. Drawing and keeping the images
is coprod.common.charts: a chart is drawn once per set of numbers, whoever looks."""

from __future__ import annotations

from coprod.common.charts import ChartSpec
from coprod.surveys.results.services import QuestionResult


def chart_spec(result: QuestionResult) -> ChartSpec:
    """What one question's chart draws: each option's count, with count and percentage."""
    return ChartSpec(result.question.text, tuple(o.label for o in result.options),
                     tuple(o.count for o in result.options),
                     tuple(f"{o.count} ({o.percent}%)" for o in result.options))


def chart_alt(result: QuestionResult) -> str:
    """What the chart shows, in one or two sentences, for its alt text."""
    if not result.answered:
        return f"Bar chart for “{result.question.text}”: nobody has answered yet."
    ranked = sorted(result.options, key=lambda o: -o.count)
    top = ranked[0]
    text = (f"Bar chart for “{result.question.text}”, {result.answered} people answered. "
            f"Most chose “{top.label}” ({top.count}, {top.percent}%)")
    if len(ranked) > 1 and ranked[1].count:
        second = ranked[1]
        text += f", then “{second.label}” ({second.count}, {second.percent}%)"
    return text + ". The table beside it has every number."
