"""Charts drawn as PNG images with matplotlib, with a CJK font so that Chinese shows.

matplotlib's own font has no Chinese glyphs: a title would come out as empty
boxes. :func:`cjk_font` finds a font that has them (``CONGRESSKIT_CJK_FONT``,
a path, first; then the usual CJK families installed on the machine) and says
how to install one when there is none.
"""

from __future__ import annotations

import functools
import io
import os

from congresskit.errors import CongresskitError
from congresskit.extra import require
from congresskit.extra.charts import Chart

__all__ = ["FontMissingError", "cjk_font", "to_png"]

_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Heiti SC",
    "AR PL UMing CN",
)
_COLOURS = ("#c0392b", "#2e86c1", "#27ae60", "#d68910")


class FontMissingError(CongresskitError, LookupError):
    """No font with Chinese glyphs is installed, so a chart's text would show as boxes."""


@functools.cache
def cjk_font() -> str:
    """The path of a font with Chinese glyphs.

    Raises:
        FontMissingError: none is installed; the message says how to install one.
    """
    configured = os.environ.get("CONGRESSKIT_CJK_FONT")
    if configured and os.path.exists(configured):
        return configured
    font_manager = require("matplotlib.font_manager", "office")
    for family in _FAMILIES:
        for entry in font_manager.fontManager.ttflist:
            if entry.name == family:
                return str(entry.fname)
    msg = (
        "no font with Chinese glyphs is installed, so the charts cannot show Chinese; "
        "install one (Debian/Ubuntu: apt-get install fonts-noto-cjk or fonts-wqy-microhei) "
        "or set CONGRESSKIT_CJK_FONT to the path of a .ttf/.otf/.ttc font"
    )
    raise FontMissingError(msg)


def to_png(chart: Chart, *, dpi: int = 150) -> bytes:
    """``chart`` as a PNG image: horizontal bars, values at their ends (``200+``: a lower bound)."""
    require("matplotlib", "office")
    import matplotlib

    matplotlib.use("Agg")  # no display: draw to memory
    from matplotlib import font_manager
    from matplotlib.figure import Figure

    font = font_manager.FontProperties(fname=cjk_font())
    rows = len(chart.categories)
    figure = Figure(figsize=(6.4, 1.2 + 0.32 * rows * len(chart.series)), dpi=dpi)
    axes = figure.subplots()
    height = 0.8 / len(chart.series)
    for s, series in enumerate(chart.series):
        positions = [r + s * height for r in range(rows)]
        bars = axes.barh(
            positions, series.values, height=height, color=_COLOURS[s % 4], label=series.name
        )
        marks = [
            f"{v}+" if series.at_least and series.at_least[i] else str(v)
            for i, v in enumerate(series.values)
        ]
        axes.bar_label(bars, labels=marks, padding=3, fontproperties=font, fontsize=8)
    axes.set_yticks([r + height * (len(chart.series) - 1) / 2 for r in range(rows)])
    axes.set_yticklabels([c[:16] for c in chart.categories], fontproperties=font, fontsize=9)
    axes.invert_yaxis()
    axes.set_title(chart.title, fontproperties=font, fontsize=12)
    axes.spines[["top", "right"]].set_visible(False)
    axes.margins(x=0.12)
    if len(chart.series) > 1:
        axes.legend(prop=font, loc="lower right")
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
