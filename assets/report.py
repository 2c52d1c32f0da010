"""Report stage: one self-contained HTML page of the warehouse."""

import dagster as dg

from newsledger.report import write_report
from pipelines.resources import NewsledgerResource


@dg.asset(group_name="report", kinds={"html", "plotly"}, deps=["warehouse"])
def report(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """One HTML page, viewable with no network: a map of the places with their geo
    precision, a timeline chart, the claims ledger by kind and side, quotes by
    speaker, reactions by actor and stance; each fact links to its sentence."""
    settings = newsledger.settings
    result = write_report(settings, settings.report_path)
    context.log.info(f"report at {result.path}")
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(result.path)),
            "url": dg.MetadataValue.url(result.path.absolute().as_uri()),
            "dagster/row_count": sum(result.counts.values()),
            "facts": dg.MetadataValue.json(result.counts),
            "size_bytes": result.path.stat().st_size,
        }
    )
