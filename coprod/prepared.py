"""A few statements run straight on the database driver.

Every page a respondent sees runs the same one or two small statements. Through SQLAlchemy
each cost five times the query itself (a new execution context, every column of the result
typed one by one), and opening the ORM session's connection for them cost as much again.
A `Prepared` statement is compiled by SQLAlchemy once per database dialect, keeps the
conversions SQLAlchemy would apply to its parameters and its columns (JSON, dates, booleans),
and runs on the driver's cursor. It is for plain statements with named parameters; anything
with IN lists or other rendering at run time goes through SQLAlchemy as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Dialect
from sqlalchemy.sql import Executable


@dataclass(frozen=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]  # bind parameters, in the order a positional driver wants them
    positional: bool
    defaults: dict[str, Any]
    bind: tuple[tuple[str, Callable], ...]  # parameter, conversion
    result: tuple[Callable | None, ...]  # one per column


class Prepared:
    """A Core statement, compiled once per dialect, run on a driver (DBAPI) connection."""

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._compiled: dict[str, _Compiled] = {}

    def rows(self, dialect: Dialect, connection, params: dict[str, Any]) -> list[tuple]:
        """Every row, each column converted as SQLAlchemy would."""
        return [self.typed(dialect, row) for row in self.raw_rows(dialect, connection, params)]

    def raw_rows(self, dialect: Dialect, connection, params: dict[str, Any]) -> list[tuple]:
        """Every row as the driver gives it (for comparing with a row seen before, which is
        quicker than converting it)."""
        return self._execute(dialect, connection, params,
                             lambda cursor: [tuple(row) for row in cursor.fetchall()])

    def typed(self, dialect: Dialect, row: tuple, start: int = 0) -> tuple:
        """A driver's row (or its columns from `start` on) converted as SQLAlchemy would."""
        convert = self._for(dialect).result[start:start + len(row)]
        return tuple(value if to is None or value is None else to(value)
                     for to, value in zip(convert, row, strict=True))

    def run(self, dialect: Dialect, connection, params: dict[str, Any]) -> int:
        """Run a statement that changes rows; how many it changed."""
        return self._execute(dialect, connection, params, lambda cursor: cursor.rowcount)

    def _execute(self, dialect: Dialect, connection, params: dict[str, Any],
                 outcome: Callable[[Any], Any]):
        compiled = self._for(dialect)
        cursor = connection.cursor()
        try:
            cursor.execute(compiled.sql, self._values(compiled, params))
            return outcome(cursor)
        finally:
            cursor.close()

    @staticmethod
    def _values(compiled: _Compiled, params: dict[str, Any]):
        values = {**compiled.defaults, **params}
        for name, convert in compiled.bind:
            if values[name] is not None:
                values[name] = convert(values[name])
        if compiled.positional:
            return tuple(values[name] for name in compiled.names)
        return values

    def _for(self, dialect: Dialect) -> _Compiled:
        found = self._compiled.get(dialect.name)
        if found is None:
            found = self._compiled[dialect.name] = _compile(self.statement, dialect)
        return found


def _compile(statement: Executable, dialect: Dialect) -> _Compiled:
    compiled = statement.compile(dialect=dialect)
    binds = compiled.binds
    if any(bind.expanding or bind.literal_execute for bind in binds.values()):
        raise ValueError("Prepared statements cannot have IN lists or literal parameters")
    if getattr(compiled, "escaped_bind_names", None):
        raise ValueError("Prepared statements need plain parameter names")
    converters = []
    for name, bind in binds.items():  # a name used twice is converted once
        convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if convert is not None:
            converters.append((name, convert))
    columns = getattr(statement, "selected_columns", ())
    result = tuple(column.type.dialect_impl(dialect).result_processor(dialect, None)
                   for column in columns)
    return _Compiled(compiled.string, tuple(compiled.positiontup or binds),
                     bool(compiled.positiontup), dict(compiled.params), tuple(converters), result)
