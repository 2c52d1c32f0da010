"""Report stage: the page of each batch just published, and their index."""

import dagster as dg

from newsledger.report import update_reports
from pipelines.resources import NewsledgerResource


@dg.asset(group_name="report", kinds={"html", "plotly"}, deps=["warehouse"])
def report(context: dg.AssetExecutionContext, newsledger: NewsledgerResource):
    """One HTML page per published batch, viewable with no network: a map of the
    places with their geo precision, a timeline chart, the claims ledger by kind
    and side, quotes by speaker, reactions by actor and stance; each fact links to
    its sentence. Writes the pages of the batches published since it last ran and
    the index of every batch's page (warehouse/reports/), so its cost is the new
    batches', not the lake's. The whole warehouse's page: `newsledger report`."""
    result = update_reports(newsledger.settings)
    for batch, page in result.pages.items():
        context.log.info(f"report of batch {batch} at {page.path}")
    facts = {b: page.totals for b, page in result.pages.items()}
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(result.index)),
            "url": dg.MetadataValue.url(result.index.absolute().as_uri()),
            "pages": dg.MetadataValue.json({b: str(p.path) for b, p in result.pages.items()}),
            "dagster/row_count": sum(sum(t.values()) for t in facts.values()),
            "facts": dg.MetadataValue.json(facts),
            "batches_listed": result.batches,
            "snapshot": result.snapshot,
        }
    )
