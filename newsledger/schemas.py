"""The one place that knows the table schemas.

Each table is a list of columns with an Arrow type and a description. The lake
writer enforces the types, the warehouse turns descriptions into COMMENTs, and
the Dagster assets report them as column schema.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

STR = pa.string()
INT = pa.int64()
FLOAT = pa.float64()
BOOL = pa.bool_()
DATE = pa.date32()
STR_LIST = pa.list_(pa.string())

SECTION_TYPES = ("events", "foreign_reactions", "history", "other")
MENTION_KINDS = ("name", "demonym", "metonym", "title", "pronoun")
ENTITY_TYPES = ("PERSON", "ORG", "COUNTRY", "PLACE")
PLACE_KINDS = ("village", "town", "city", "district", "region", "mountain", "country")
CLAIM_KINDS = (
    "killed", "wounded", "captured", "missing", "displaced", "equipment_destroyed",
    "territory_taken", "territory_lost", "territory_held", "positions_destroyed",
    "positions_lost", "casualties",
)  # fmt: skip
STANCES = (
    "concern", "call_for_ceasefire", "call_for_negotiations", "support", "condemnation",
    "accusation", "warning", "mediation_offer", "denial",
)  # fmt: skip
PRECISIONS = ("day", "month", "year", "years", "decade", "decade_part")
REJECT_REASONS = (
    "empty", "binary", "undecodable", "too_large", "no_body", "unreadable", "duplicate",
    "outside_inbox", "not_a_file", "pipeline_output", "fetch_failed", "robots_disallowed",
    "extraction_failed", "invalid_output",
)  # fmt: skip
# Reasons a stage gives for an article it could not process: the article keeps its
# row in articles. The detail starts with the stage's name ("nlp: ..."), so a full
# rerun of that stage replaces its own rows only.
STAGE_REJECT_REASONS = ("extraction_failed", "invalid_output")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: str | None
    partitioned: bool = True
    # Internal tables feed later stages; the warehouse does not expose them.
    public: bool = True

    @property
    def schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


def _c(name: str, type_: pa.DataType, description: str, nullable: bool = True) -> Column:
    return Column(name, type_, description, nullable)


ARTICLE_ID = _c("article_id", STR, "Article ID: 'art_' + hash of the normalized text.", False)
BATCH = _c("batch", STR, "Ingest batch (dynamic partition key), the ingest date.", False)
CHAR_START = _c("char_start", INT, "Start offset of the words in articles.text.", False)
CHAR_END = _c("char_end", INT, "End offset (exclusive) of the words in articles.text.", False)


TABLES: dict[str, Table] = {
    t.name: t
    for t in [
        Table(
            "raw_articles",
            "Every registered input file, with its bytes, so a batch can be reprocessed "
            "after the inbox changed.",
            (
                _c("source_path", STR, "Absolute path of the input file.", False),
                BATCH,
                _c("sha256", STR, "SHA-256 of the raw bytes.", False),
                _c("size_bytes", INT, "Size of the file in bytes.", False),
                _c("content", pa.binary(), "Raw bytes; null when over the size limit."),
                _c("error", STR, "Why the file could not be read, if it could not."),
            ),
            key=None,
            public=False,
        ),
        Table(
            "articles",
            "One row per article: parsed head and the normalized text that every "
            "char_start/char_end points into.",
            (
                ARTICLE_ID,
                _c("source_path", STR, "Input file the article came from.", False),
                BATCH,
                _c("headline", STR, "Headline, or null when the article has none."),
                _c("author", STR, "Author from the byline, or null."),
                _c("genre", STR, "Genre word of the byline (Feature, Analysis...), or null."),
                _c("published_date", DATE, "Publication date from the head, or null."),
                _c("dateline", STR, "Wire dateline place ('BAKU'), or null."),
                _c(
                    "source_url",
                    STR,
                    "URL from a 'Source:' head line, a page's canonical link, or a feed "
                    "entry's link; or null.",
                ),
                _c("site_name", STR, "Site or publisher named by the page's metadata, or null."),
                _c(
                    "source_format", STR, "What the input was: text or html (a feed entry is html)."
                ),
                _c("word_count", INT, "Words in the body.", False),
                _c("body_char_start", INT, "Offset in text where the body begins.", False),
                _c(
                    "text", STR, "Normalized full text (NFC, \\n line breaks, plain spaces).", False
                ),
                _c("content_sha256", STR, "SHA-256 of the normalized text.", False),
                _c("raw_sha256", STR, "SHA-256 of the raw file bytes.", False),
                _c("encoding", STR, "Encoding the bytes were decoded from.", False),
                _c("decode_note", STR, "Note when the text was not plain UTF-8."),
                _c("extractor_version", STR, "newsledger extractor version.", False),
            ),
            key="article_id",
        ),
        Table(
            "rejected_articles",
            "One row per input file that did not become an article, or whose article a "
            "stage could not process (extraction_failed, invalid_output), with the reason.",
            (
                _c("source_path", STR, "Input file.", False),
                BATCH,
                _c("reason", STR, "Short reason code: " + ", ".join(REJECT_REASONS) + ".", False),
                _c("detail", STR, "Human-readable detail.", False),
                _c("size_bytes", INT, "Size of the file in bytes."),
                _c("sha256", STR, "SHA-256 of the raw bytes, when read."),
                _c("extractor_version", STR, "newsledger extractor version.", False),
            ),
            key=None,
        ),
        Table(
            "sections",
            "One row per section of an article: events, foreign_reactions, history or other.",
            (
                _c("section_id", STR, "Section ID.", False),
                ARTICLE_ID,
                BATCH,
                _c("ordinal", INT, "Position of the section in the article, from 0.", False),
                _c("section_type", STR, "events, foreign_reactions, history or other.", False),
                _c(
                    "heading",
                    STR,
                    "Sub-heading text (a live entry's title, its time stamp above it), or null.",
                ),
                CHAR_START,
                CHAR_END,
                _c("line_start", INT, "Line of the section's first paragraph (1-based).", False),
                _c("line_end", INT, "Line of the section's last paragraph (1-based).", False),
            ),
            key="section_id",
        ),
        Table(
            "sentences",
            "One row per sentence, from the spaCy parse; never crosses a paragraph.",
            (
                _c("sentence_id", STR, "Sentence ID.", False),
                ARTICLE_ID,
                BATCH,
                _c("section_id", STR, "Section that holds the sentence.", False),
                _c("ordinal", INT, "Position of the sentence in the article, from 0.", False),
                CHAR_START,
                CHAR_END,
                _c(
                    "text",
                    STR,
                    "Sentence text, equal to articles.text[char_start:char_end].",
                    False,
                ),
            ),
            key="sentence_id",
        ),
        Table(
            "entity_facts",
            "What each article says about each entity; merged into the global entities table.",
            (
                ARTICLE_ID,
                BATCH,
                _c("entity_id", STR, "Entity ID.", False),
                _c("entity_type", STR, "PERSON, ORG, COUNTRY or PLACE.", False),
                _c("canonical_name", STR, "Canonical name.", False),
                _c("country_code", STR, "ISO 3166 alpha-3 code."),
                _c("place_kind", STR, "Kind of place."),
                _c("admin1", STR, "First-level administrative unit."),
                _c("admin2", STR, "Second-level administrative unit (district)."),
                _c("latitude", FLOAT, "Latitude (WGS84)."),
                _c("longitude", FLOAT, "Longitude (WGS84)."),
                _c("geo_precision", INT, "ACLED geo precision: 1 place, 2 district, 3 region."),
                _c("aliases", STR_LIST, "Surface forms seen."),
            ),
            key=None,
            public=False,
        ),
        Table(
            "entities",
            "One row per real-world entity across all articles: people, organizations, "
            "countries, places.",
            (
                _c("entity_id", STR, "Readable ID: person:ilham_aliyev, country:AZE.", False),
                _c("entity_type", STR, "PERSON, ORG, COUNTRY or PLACE.", False),
                _c("canonical_name", STR, "Canonical name.", False),
                _c("country_code", STR, "ISO 3166 alpha-3 code of the entity's country."),
                _c("place_kind", STR, "village, town, city, district, region, mountain."),
                _c("admin1", STR, "First-level administrative unit of a place."),
                _c("admin2", STR, "Second-level administrative unit (district) of a place."),
                _c("latitude", FLOAT, "Latitude (WGS84), when a reference source has it."),
                _c("longitude", FLOAT, "Longitude (WGS84), when a reference source has it."),
                _c("geo_precision", INT, "ACLED geo precision: 1 place, 2 district, 3 region."),
                _c("aliases", STR_LIST, "Every surface form seen for the entity."),
                _c("article_count", INT, "Number of articles that mention the entity.", False),
            ),
            key="entity_id",
            partitioned=False,
        ),
        Table(
            "mentions",
            "One row per surface mention of an entity.",
            (
                _c("mention_id", STR, "Mention ID.", False),
                ARTICLE_ID,
                BATCH,
                _c("sentence_id", STR, "Sentence that holds the mention."),
                _c("entity_id", STR, "Entity the mention resolves to.", False),
                _c("surface", STR, "Words as written.", False),
                _c("mention_kind", STR, "name, demonym, metonym, title or pronoun.", False),
                CHAR_START,
                CHAR_END,
            ),
            key="mention_id",
        ),
        Table(
            "person_roles",
            "A person's role as an article states it.",
            (
                ARTICLE_ID,
                BATCH,
                _c("person_id", STR, "Person entity ID.", False),
                _c("title", STR, "Title or rank (Lieutenant Colonel, President)."),
                _c("role", STR, "Role (spokesperson, Foreign Minister, author)."),
                _c(
                    "role_normalized",
                    STR,
                    "Role in one spelling (Defence Minister -> Defense Minister).",
                ),
                _c("org_id", STR, "Organization entity ID."),
                _c("country_code", STR, "ISO 3166 alpha-3 code."),
            ),
            key=None,
        ),
        Table(
            "quotes",
            "One row per quotation, with its speaker.",
            (
                _c("quote_id", STR, "Quote ID.", False),
                ARTICLE_ID,
                BATCH,
                _c("section_id", STR, "Section that holds the quote."),
                _c("speaker_id", STR, "Entity ID of the speaker."),
                _c("speaker_surface", STR, "How the text names the speaker."),
                _c("cue", STR, "Cue verb (said, added, wrote)."),
                _c(
                    "text", STR, "Quoted words, equal to articles.text[char_start:char_end].", False
                ),
                _c("is_partial", BOOL, "True for a quoted fragment inside a sentence.", False),
                CHAR_START,
                CHAR_END,
            ),
            key="quote_id",
        ),
        Table(
            "claims",
            "One row per numeric or territorial claim, with who made it and who disputes it.",
            (
                _c("claim_id", STR, "Claim ID.", False),
                ARTICLE_ID,
                BATCH,
                _c("claimant_id", STR, "Entity ID of the source the text credits."),
                _c("claim_kind", STR, "Kind of claim: " + ", ".join(CLAIM_KINDS) + ".", False),
                _c("side", STR, "Entity ID of the side whose loss or gain it is."),
                _c("target_id", STR, "Entity ID of the target, for destruction claims."),
                _c("quantity_min", FLOAT, "Lower bound of the number."),
                _c("quantity_max", FLOAT, "Upper bound of the number."),
                _c("is_approximate", BOOL, "True for 'about', 'some', 'nearly'.", False),
                _c("unit", STR, "Singular unit (village, drone, serviceman)."),
                _c("place_ids", STR_LIST, "Places named by a territorial claim."),
                _c("disputes_claim_id", STR, "Claim in the same article that this one contests."),
                CHAR_START,
                CHAR_END,
            ),
            key="claim_id",
        ),
        Table(
            "reactions",
            "One row per stance of an outside actor (state or international body).",
            (
                _c("reaction_id", STR, "Reaction ID.", False),
                ARTICLE_ID,
                BATCH,
                _c("actor_id", STR, "Entity ID of the state or body.", False),
                _c("speaker_id", STR, "Entity ID of the official who spoke, if any."),
                _c("stance", STR, "Stance: " + ", ".join(STANCES) + ".", False),
                _c("target_id", STR, "Entity ID of whom the stance supports or condemns."),
                _c("cameo_code", STR, "CAMEO event code where one fits."),
                _c("quote_id", STR, "Quote that carries the reaction."),
                CHAR_START,
                CHAR_END,
            ),
            key="reaction_id",
        ),
        Table(
            "timeline",
            "One row per dated event.",
            (
                _c("event_id", STR, "Event ID.", False),
                ARTICLE_ID,
                BATCH,
                _c("section_id", STR, "Section that holds the event."),
                _c("date_start", DATE, "First day the date can mean.", False),
                _c("date_end", DATE, "Last day the date can mean.", False),
                _c("precision", STR, "day, month, year, years, decade or decade_part.", False),
                _c("text_date", STR, "The date as written.", False),
                _c("description", STR, "Clause that holds the event."),
                CHAR_START,
                CHAR_END,
            ),
            key="event_id",
        ),
    ]
}


def table(name: str) -> Table:
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"unknown table {name!r}; known: {', '.join(TABLES)}") from None


PUBLIC_TABLES = [t.name for t in TABLES.values() if t.public]
