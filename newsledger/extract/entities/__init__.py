"""Entity mentions, per-article entity facts and person roles from parsed articles.

Input is an article parsed by :func:`newsledger.extract.nlp.parse_articles`, whose pipeline
ends with :mod:`newsledger.extract.components` (reference-data corrections of the NER);
nothing is parsed again. :func:`extract_entities` runs the steps in this order, each one a
module working on the shared :class:`~.state.ArticleState`:

1. :mod:`.collect`: the model's entities: countries (names, demonyms, capitals as
   metonyms), places, organizations; the PERSON spans are kept for step 3.
   An acronym in brackets after an organization ('... Security (DAS)') names it throughout;
   a body named after its leader ('the Saudi-led coalition') is an organization. The names
   of photo credits and bylines ('Photo: Ivo Marek/Nordwire', 'Jan Holm & Eva Dal') are
   people (:func:`.people.credit_names`), not organizations. A place's own administration
   ('the Enga provincial administration') is an organization of the place's country.
   A state body named by its common noun alone ('the army said') is the body of the state
   the article is filed from or mostly about, unless another state's was named before.
   A body named only by a lower-case description where a source stands ('according
   to the district health office') is an organization of that description.
   A facility named by a place or person and its lower-case head ('the Jorge Uro
   hospital') is an organization. A ministry named without its state before an
   official's title ('foreign ministry spokesman Gao Jianwen') is the ministry of the
   state a subject of the sentence, or of the one before, names; an embassy named with
   its post ('the US embassy in Libya') is that post.
   A name the model left untagged before a site word ('the Sarstoon river') is a place.
2. :mod:`.places`: the two ends of a way named by them ('the Nimule-Juba road'), right
   after step 1; every item of a list after a place cue ('the villages of A, B and C'), and
   the all-caps dateline opening the first paragraph ('PORT VESNA, Marland -') or alone on
   a line of the head ('QUITO, Ecuador, Nov. 6, 2018') or under a time stamp line, and the
   town a byline places its reporter in ('By Hana Choi in Seoul'); an untagged name the
   sentence situates ('Damboa is 70 kilometers from Maiduguri'), and the home of residents
   named by it ('residents of Nyive'). Once every place is known, a bare local government
   is that of the one place its sentence names before it ('In Tawi-Tawi, the provincial
   government says').
3. :mod:`.people`: full names, surname-only mentions and transliteration variants joined to
   one person per article.
4. :mod:`.roles`: person roles and titles from the words around each name, then title-only
   mentions ('the Turkish president') and a role's acronym ('the COAS said').
5. :mod:`.pronouns`: 'he'/'his' to the nearest person named before.
6. :mod:`.people`: the byline's author.
7. :mod:`.result`: mention, entity and person role rows; one mention per span, the earliest
   step winning.

:func:`merge_entities` merges many articles' entity rows into the global ``entities`` table.
"""

from __future__ import annotations

from newsledger.extract.entities.collect import (
    acronyms,
    collect_ents,
    described_local_bodies,
    described_state_bodies,
    forces_named_after_states,
    general_staffs,
    home_bodies,
    led_coalitions,
    local_governments,
    ministry_officials,
    named_facilities,
    orgs_named_as_places,
    placed_local_governments,
    possessed_state_bodies,
    posted_embassies,
    short_form_bodies,
    source_line_bodies,
    untagged_bodies,
    untagged_sites,
)
from newsledger.extract.entities.people import (
    add_author,
    asker_names,
    bracketed_label_names,
    clip_label_names,
    credit_names,
    credit_roles,
    people,
    question_labels,
    reader_label_names,
    signature_names,
    titled_surname_lists,
    transcript_label_names,
    without_label_outlets,
)
from newsledger.extract.entities.places import (
    byline_places,
    coordinated_places,
    credited_outlets,
    dateline,
    feature_full_forms,
    feature_short_forms,
    known_town_names,
    labelled_places,
    orgs_as_places,
    persons_as_places,
    place_lists,
    placed_names,
    repeated_places,
    route_ends,
    shared_country_names,
    situated_names,
    stated_countries,
)
from newsledger.extract.entities.pronouns import pronouns
from newsledger.extract.entities.result import (
    ENTITY_COLUMNS,
    MENTION_COLUMNS,
    ROLE_COLUMNS,
    ArticleEntities,
    assemble,
    entity_counts,
    merge_entities,
)
from newsledger.extract.entities.roles import (
    ministers_ministries,
    person_roles,
    role_acronyms,
    titles,
)
from newsledger.extract.entities.state import ArticleState, tag_line_names
from newsledger.extract.nlp import ArticleDocs

__all__ = [
    "ENTITY_COLUMNS",
    "MENTION_COLUMNS",
    "ROLE_COLUMNS",
    "ArticleEntities",
    "entity_counts",
    "extract_entities",
    "merge_entities",
]


def extract_entities(article: ArticleDocs, author: str | None = None) -> ArticleEntities:
    """Mentions, entity facts and person roles of one parsed article (body paragraphs)."""
    st = ArticleState(article)
    known_town_names(st)
    persons = collect_ents(st)
    shared_country_names(st)
    persons = without_label_outlets(st, route_ends(st, persons))
    persons += credit_names(st)
    persons += transcript_label_names(st)
    persons += clip_label_names(st)
    persons += signature_names(st)
    persons += titled_surname_lists(st)
    persons += asker_names(st)
    persons += bracketed_label_names(st)
    persons += reader_label_names(st)
    acronyms(st)
    led_coalitions(st)
    place_lists(st)
    dateline(st)
    labelled_places(st)
    home_bodies(st)
    short_form_bodies(st)
    orgs_named_as_places(st)
    credited_outlets(st)
    untagged_bodies(st)
    source_line_bodies(st)
    forces_named_after_states(st)
    general_staffs(st)
    untagged_sites(st)
    named_facilities(st)
    local_governments(st)
    described_state_bodies(st)
    repeated_places(st)
    feature_short_forms(st)
    feature_full_forms(st)
    possessed_state_bodies(st)
    ministry_officials(st)
    posted_embassies(st)
    described_local_bodies(st)
    acronyms(st)  # again: bodies the steps above found ('Ministry of National Defence (MDN)')
    people(st, persons, author)
    question_labels(st)
    person_roles(st)
    ministers_ministries(st)
    titles(st)
    role_acronyms(st)
    pronouns(st)
    persons_as_places(st)
    orgs_as_places(st)
    coordinated_places(st)
    placed_names(st)
    situated_names(st)
    stated_countries(st)
    placed_local_governments(st)
    byline_places(st)
    add_author(st, author)
    credit_roles(st)  # after the byline's: its writers are authors, whatever else credits them
    tag_line_names(st)
    return assemble(st)
