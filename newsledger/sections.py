"""Section segmentation of an article body.

Sections come from two sources, in this order of trust:

1. Sub-headings. A short one-line paragraph (or a capitalised question) directly
   followed by a body paragraph opens a section that runs to the next
   sub-heading. Its type comes from the heading's wording (:data:`HEADING_CUES`,
   matched on word prefixes so "React", "reactions" and "reacts" agree); under a
   heading with unknown wording each paragraph is typed by its content, as in 2.
2. Content. Each paragraph is typed by cue patterns (:data:`HISTORY_CUES`,
   :data:`FOREIGN_ACTOR_CUES` and outside states from the country reference
   data, with :data:`REACTION_CUES`, :data:`EVENT_CUES`) and consecutive
   paragraphs of one type are merged. The lede is events unless it opens on an
   outside actor's reaction (a story about a UN report); a lone reaction
   paragraph is foreign_reactions and a lone background paragraph is history
   (wire stories carry one of each). One background cue is enough when nothing
   marks the paragraph as a report (no reported speech, no time word of today);
   a paragraph dated today or this week, or opening on the reported event ("The
   bombings hit ...", a first sentence with an event verb and no past), is news
   whatever past it recalls, and so is one that opens on its speaker ("Counsel for
   Tolvia, Professor X, said ...") unless its past is clear; one dated years back in
   every sentence stays background though a word of today ties it to the news. Background closing the story runs to its end when
   what follows reports nothing new, and a paragraph carrying on the subject of
   the background before it continues it. The parties are the countries the
   headline and lede name, less a state named there only by its diplomat ("as
   Egypt's foreign minister visits"), the city of the lede's dateline, and the subject
   of a headline's call to both sides ("Canada urges Chile, Bolivia to ..."); speech by
   any other state, and a foreign ministry not tied to a party, is a reaction, and so
   is a paragraph in which a speaker of the reactions just before goes on ("...,
   Abdelrahman said"), or a statement's next point led by "They" that reacts. A
   briefing transcript whose answers mostly speak as an outside state is its reaction,
   questions and all. A markets report (prices, shares, freight) is "other". Under a
   heading, a paragraph whose content clearly says otherwise (score
   :data:`CLEAR_SCORE`) keeps its own type: a heading never overrides clear
   content, and news dated this week stays news under a background heading. A
   heading naming a year before the article's heads background ("What happened in
   2014?"), and a quotation amid background is background. A fact-check's "Claim 1:
   ..." lines are headings, the "Verdict: False" line under each a body line.

Photo captions (by wording: "Photo:", "[Photo: ...]", "© Agency", "A still from
footage shows ...", a closing picture date), agency credit lines, factboxes (with
or without colons), "Key points" and "What we know so far" boxes, "Sources" lists,
"Read more" lines and a publication's notes on itself ("Methodology: ...", a
release's contact and issue lines and its end mark, a translation or correction note,
a byline or an author's biography in the body, the promise of a next update, the desk's
call to readers) are
sections of type "other" placed where they stand; they are skipped when typing the text
around them, so the paragraphs after a caption continue the type of those before it.
A live page's time stamp, and an entry's title right under it, take the type of the
entry they open; each entry is typed apart from those before it, so a heading inside
one entry heads that entry only; a stamp opening an entry's paragraph ("UPDATE 23:02:
Greece has condemned ...") is read past when typing it.

After the rules, the learned model of :mod:`newsledger.section_model` retypes a body
paragraph when it is sure the rules got it wrong (:func:`paragraph_features` gives
what it reads); a live page's stamp then follows its entry again.

Every input paragraph ends up either in exactly one section's ``paragraphs`` or
as exactly one section's heading. Sections are in text order, do not overlap,
and only whitespace separates consecutive ones when the paragraphs come from
:func:`newsledger.parse.split_paragraphs`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from newsledger.extract.reference import countries_in, country_iso3, war_pair
from newsledger.parse import (
    BULLET_RE,
    CHECK_LINE_RE,
    END_MARK_RE,
    FACTBOX_RE,
    FOOTER_NOTE_RE,
    LEAD_IN_RE,
    MONTH_DATE_RE,
    POST_CREDIT_RE,
    UPPER_LETTER,
    Paragraph,
    dateline_end,
    find_date,
    full_dates,
    is_byline,
    is_date_only_line,
    is_kicker,
    label_end,
    month_number,
    parse_date,
    unended_lines,
)
from newsledger.section_model import load_model

__all__ = [
    "SECTION_TYPES",
    "Section",
    "classify_heading",
    "paragraph_features",
    "segment_sections",
]

SECTION_TYPES = ("events", "foreign_reactions", "history", "other")


@dataclass(frozen=True)
class Section:
    ordinal: int  # 0-based, in text order
    section_type: str  # one of SECTION_TYPES
    heading: str | None  # sub-heading text, stripped (a trailing colon dropped)
    # start of the heading line if any (of a live entry's time stamp above its title, when
    # the title is the heading), else of the first paragraph
    char_start: int
    char_end: int  # end of the last paragraph
    paragraphs: tuple[Paragraph, ...]  # body paragraphs, heading excluded


# ---------------------------------------------------------------------------- data

# Heading wording -> section type, tried in this order. A single-word cue matches
# any heading word starting with it; a cue with a space matches as a phrase.
# "content" means: the wording says nothing about the type, look at the text.
HEADING_CUES: dict[str, tuple[str, ...]] = {
    "other": (
        "sources",
        "references",
        # a report's recommendations to governments, and a page's recommended stories
        "recommend",
        "external links",
        "notes",
        "factbox",
        "fact box",
        "key facts",
        "fast facts",
        "facts",
        "at a glance",
        "key points",
        "key events",
        "in numbers",
        "by the numbers",
        "read more",
        "related",
        "see also",
        # A newsletter's or bulletin's other stories, not this one's.
        "also in the news",
        "in other news",
        "other news",
        "elsewhere in the news",
        "more news",
        "news in brief",
        "other stories",
        "more stories",
    ),
    "content": ("next", "outlook", "ahead", "future", "what now"),
    "history": (
        "background",
        "histor",
        "before",
        "context",
        "origin",
        "roots",
        "how did we get",
        "how we got",
        "past",
        "timeline",
        "chronology",
        "previous",
        "earlier",
        "legacy",
        "decades",
        "backstory",
        "lead-up",
        "led to",
        "key dates",
        "milestones",
        # An explainer's question about the causes: "Why are X and Y fighting?"
        "why are",
        "why is",
        "why do",
        "why does",
        "what is behind",
        "what's behind",
        "what lies behind",
    ),
    "foreign_reactions": (
        "reaction",
        "react",
        "world",
        "international",
        "global",
        "foreign",
        "diplomac",
        "diplomat",
        "abroad",
        "condemn",
        "allies",
    ),
    "events": (
        "overview",
        "summary",
        "incident",
        "in brief",
        "happen",
        "latest",
        "fighting",
        "fight",
        "clash",
        "battle",
        "attack",
        "offensive",
        "frontline",
        "front line",
        "casualt",
        "situation",
        "on the ground",
        "what we know",
        "development",
        "escalat",
        "shelling",
        "strike",
        "update",
    ),
}

_I = re.IGNORECASE
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)

# Background phrasing, with weights. Years are handled separately (they count only
# when older than the article), see _history_score.
HISTORY_CUES: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:early |mid-?|late )?(?:1[89]\d0s|20[0-2]0s|\d0s)\b", _I), 2),  # 1990s
    (re.compile(rf"\b{_YEAR}\s*[-–]\s*(?:{_YEAR}|\d\d)\b"), 2),  # 1991-1994
    (
        re.compile(
            r"\b(?:has|have|had) been (?:dormant|frozen|simmering|at odds|locked|"
            r"in dispute|disputed|contested|unresolved)\b",
            _I,
        ),
        2,
    ),
    (re.compile(r"\bsince the (?:end|collapse|fall|break-?up|dissolution) of\b", _I), 2),
    (
        re.compile(
            r"\b(?:conflict|war|dispute|hostilities|fighting) (?:first )?"
            r"(?:began|started|erupted|broke out)\b",
            _I,
        ),
        1,
    ),
    (re.compile(r"\bdecades?(?:-old| of| ago|-long)?\b", _I), 1),
    (re.compile(r"\bcentur(?:y|ies)\b", _I), 1),
    # "two years ago", "almost a year since ...", "decades after the war".
    (re.compile(r"\b(?:years?|decades?|generations?) (?:ago|since|after)\b", _I), 1),
    # Habits and states of long standing: "regularly targets", "were once",
    # "have been fighting ... since", "for more than two decades".
    # ("long" and "once" only where they speak of time: not "long-range", "once again").
    (
        re.compile(
            r"\b(?:often|regularly|routinely|frequently|repeatedly|usually)\b|"
            r"\blong(?:-standing|-running|-time| been| ago)\b|\bonce\b(?! again| more)",
            _I,
        ),
        1,
    ),
    (re.compile(r"\b(?:has|have) been \w+ing\b[^.]*\bsince\b", _I), 2),
    (re.compile(r"\b(?:has|have|had) (?:long|become|been considered)\b", _I), 1),
    (
        re.compile(
            r"\bfor (?:over |more than |nearly |almost |about )?(?:\w+ )?(?:years|decades)\b", _I
        ),
        1,
    ),
    (re.compile(r"\b(?:is|are) (?:considered|designated|seen as|regarded as)\b", _I), 1),
    (re.compile(r"\b(?:deadliest|worst|biggest|largest) [^.]{0,40}\bsince\b", _I), 2),
    (re.compile(r"\bat odds\b", _I), 1),
    # Who an actor or a place is, in the present: "is one of the country's largest
    # armed groups", "is a mostly ethnic Armenian region", "home to 150,000 people".
    (re.compile(r"\b(?:is|are) (?:one|among|some) of the\b", _I), 1),
    (
        re.compile(
            r"\b(?:is|are) (?:a|an) (?:[\w-]+ ){0,3}(?:group|movement|militia|organi[sz]ation|"
            r"region|province|enclave|territory|republic|coalition|alliance|faction|network)\b",
            _I,
        ),
        1,
    ),
    (re.compile(r"\bhome to\b", _I), 1),
    # The lie of the land: "Tajikistan shares a border of some 1,340km with Afghanistan",
    # "the village lies on the line that ...".
    (
        re.compile(
            r"\bshares? (?:a|an|the|its|their) (?:[\w-]+ ){0,3}(?:border|frontier|boundary)\b", _I
        ),
        2,
    ),
    (re.compile(r"\b(?:lies|lie|straddles) (?:on|along|astride|between|across)\b", _I), 1),
    # A trend told without a date: "Violence has increased ahead of the election".
    (
        re.compile(
            r"\b(?:has|have) (?:steadily |sharply )?(?:increased|grown|risen|intensified|"
            r"escalated|worsened|declined|decreased|spread)\b(?! (?:since|in the past|overnight))",
            _I,
        ),
        1,
    ),
    # A rights group's standing assessment, not dated to the news: "Rights groups say
    # there has been little progress", "Human Rights Watch has accused the rebels of ...".
    (
        re.compile(
            r"^(?:Human Rights Watch|Amnesty International|(?:Human )?[Rr]ights "
            r"(?:groups?|organi[sz]ations|activists|advocates|monitors))\b[^.]{0,30}?"
            r"\b(?:has|have|say|says|allege|alleges|maintain|maintains)\b"
        ),
        2,
    ),
    # States that go on: "remains in control", "is still confined", "tensions have
    # continued to escalate".
    (re.compile(r"\b(?:remains?|remained) (?:in|under|at|on)\b|\b(?:is|are) still\b", _I), 1),
    (re.compile(r"\b(?:has|have) (?:continued|persisted)\b", _I), 1),
    # A span of time the story looks back over: "in the three years of civil war".
    (
        re.compile(
            r"\b(?:years|months|decades) of (?:civil |armed |sectarian )?"
            r"(?:war|conflict|fighting|violence|unrest|rule|occupation)\b",
            _I,
        ),
        1,
    ),
    (re.compile(r"\b(?:controls?|holds?) (?:large|vast|much|most|parts|swaths|swathes)\b", _I), 1),
    (re.compile(r"\b(?:Soviet|USSR)\b(?!-made|-built|-designed)"), 1),
    (re.compile(r"\bhistor(?:y|ic|ical|ically)\b", _I), 1),
)
# A month named without a day or a year: "elections in November".
_MONTH_ALONE_RE = re.compile(
    rf"\b(?:in|since|until|from|during|by|of|last)\s+(?P<month>{_MONTH_NAMES})\b(?!\s+\d)",
    _I,
)
# A year naming an earlier agreement or event: "a 2002 cease-fire", "the 2008 war".
_YEAR_OF_EVENT_RE = re.compile(
    rf"\b(?:a|an|the|its|their|his|her)\s+(?:mutual\s+|landmark\s+|disputed\s+)?(?P<year>{_YEAR})\s+"
    r"(?:[\w-]+\s+)?(?:cease-?fire|truce|agreement|accord|deal|war|conflict|elections?|vote|"
    r"referendum|treaty|offensive|coup|uprising|revolution|invasion)\b",
    _I,
)
# A document named by its date ("the Presidential Act of October 26, 1998", "the land
# border treaty of 1999"): a call to honour it is no background (see _label).
_DOCUMENT_DATE_RE = re.compile(
    r"\b(?P<doc>(?:[Aa]ct|[Dd]eclaration|[Pp]rotocol|[Aa]greement|[Aa]ccords?|[Tt]reaty|"
    r"[Cc]onvention|[Cc]harter|[Rr]esolution|[Aa]ward|[Mm]emorandum|[Cc]ommuniqu[eé])"
    r"(?: of [A-Z][\w’'-]*(?: (?:and )?[A-Z][\w’'-]*){0,3})?) of "
    rf"(?i:(?:(?:{_MONTH_NAMES})\.? \d{{1,2}},? |\d{{1,2}} (?:{_MONTH_NAMES}),? )?){_YEAR}\b"
)
# A year after one of these words ("in 1994", "since 2014", "in July 2020").
_PAST_YEAR_RE = re.compile(
    rf"\b(?:in|since|by|until|from|during|between|of)\s+(?:(?P<month>{_MONTH_NAMES})\s+)?"
    rf"(?P<year>{_YEAR})\b",
    _I,
)

# Outside states and international bodies.
FOREIGN_ACTOR_CUES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<!\w)(?:United Nations|UN|U\.N\.|UNSC|UNHCR|UNICEF)(?!\w)"),
    re.compile(r"\b(?:European (?:Union|Council|Commission|Parliament)|EU)\b"),
    re.compile(r"\b(?:OSCE|NATO|G7|G20|African Union|Arab League|Red Cross|ICRC)\b"),
    # Regional bodies: "the Association of Southeast Asian Nations", "ECOWAS", "the OAS".
    re.compile(
        r"\b(?:ASEAN|Association of Southeast Asian Nations|Organi[sz]ation of American States|"
        r"OAS|ECOWAS|SADC|Southern African Development Community|IGAD|Gulf Cooperation "
        r"Council|GCC|Organi[sz]ation of Islamic Cooperation|OIC|CSTO|Commonwealth|"
        r"Council of Europe|International Criminal Court|ICC|East African Community|EAC|"
        r"Mercosur|Central American Integration System|SICA|Caribbean Community|CARICOM|"
        r"CELAC|Economic Community of Central African States|ECCAS|Pacific Islands Forum|"
        r"BRICS|Alliance of Sahel States|Collective Security Treaty Organi[sz]ation|Shanghai "
        r"Cooperation Organi[sz]ation|SCO|Commonwealth of Independent States|Organi[sz]ation for "
        r"Security and Co-?operation in Europe|North Atlantic Treaty Organi[sz]ation|"
        r"Intergovernmental Authority on Development|Economic Community of West African States|"
        r"League of Arab States|Andean Community|Organi[sz]ation of Turkic States|Nordic "
        r"Council|Visegr[aá]d Group|Eurasian Economic Union|Arab Maghreb Union)\b"
    ),
    re.compile(r"\bMinsk Group\b|\bco-chairs?\b", _I),
    re.compile(r"\bSecretary[- ]General\b", _I),
    re.compile(
        r"\b(?:State Department|White House|Kremlin|Downing Street|Elysee|Élysée|"
        r"Quai d['’]Orsay)\b"
    ),
    re.compile(r"\binternational community\b|\bworld leaders\b", _I),
    re.compile(
        r"\b(?:Western|foreign) (?:nations|countries|states|governments|powers|donors)\b", _I
    ),
    re.compile(r"\b(?:embass(?:y|ies)|ambassadors?|envoys?|mediators?)\b", _I),
)
# A foreign ministry speaks for its state abroad: an outside actor unless the
# country it is tied to is a party ("Libya's foreign minister" in a Libyan story).
_FOREIGN_OFFICE_RE = re.compile(
    r"(?:(?<!\w)(?P<who>U\.S\.|U\.K\.|US|UK|[A-Z][a-z]{2,})(?:'s|’s)?\s+)?"
    r"\b(?:[Ff]oreign (?:[Mm]inist(?:er|ry|ries)|[Oo]ffice|[Aa]ffairs|[Ss]ecretary)|"
    r"[Mm]inist(?:ry|er) of (?:[Ff]oreign|[Ee]xternal) [Aa]ffairs|[Ss]ecretary of [Ss]tate|"
    # India's and others' "external affairs", Britain's "Foreign, Commonwealth and
    # Development Office"
    r"[Ee]xternal [Aa]ffairs [Mm]inist(?:er|ry)|[Ff]oreign, [Cc]ommonwealth)\b"
)
# "<Demonym or country> <office>" names a state actor; it counts as an outside
# actor when the country is not named in the headline or the lede.
_STATE_ACTOR_RE = re.compile(
    r"(?<![Ff]ormer )(?<!\w)(?P<who>U\.S\.|U\.K\.|US|UK|[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?:'s|’s)? (?:[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|"
    r"[Gg]overnment|[Ll]eaders?|[Oo]fficials|[Dd]efen[cs]e [Mm]inist(?:er|ry)|[Pp]arliament|"
    r"[Ff]oreign|[Ss]pokes(?:person|man|woman)|[Ss]ecretary|[Aa]mbassador|[Ee]nvoy|"
    r"(?:[Dd]efen[cs]e|[Hh]ome|[Ii]nterior|[Ss]tate) [Ss]ecretary|[Ii]nterior [Mm]inister|"
    r"[Rr]epresentative|[Dd]elegat(?:e|ion))\b"
)
# A state whose army or defence ministry acts in the story is a party, wherever the article
# first names it ("Armenia's defence ministry denied ..."). Its troops or military alone
# are not: outside states send them to evacuate or keep the peace.
_COMBATANT_RE = re.compile(
    r"(?<![Ff]ormer )(?<!\w)(?P<who>U\.S\.|U\.K\.|[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?:'s|’s)? "
    r"(?:[Aa]rmed [Ff]orces|[Aa]rmy|[Dd]efen[cs]e [Mm]inistry|[Mm]inistry of [Dd]efen[cs]e)\b"
    r"|\b(?:[Mm]inistry of [Dd]efen[cs]e|[Aa]rmed [Ff]orces) of (?:the )?"
    r"(?P<of>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
# ... and so is one whose troops or guns fight: "Indian troops opened fire on ...".
_FIGHTING_RE = re.compile(
    r"(?<!\w)(?P<who>U\.S\.|U\.K\.|[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)(?:'s|’s)? "
    r"(?:troops|forces|soldiers|artillery|jets|warplanes|aircraft|drones|gunners|navy|shells|"
    r"units)\s+(?:\w+\s+){0,2}?(?:opened|fired|shelled|attacked|bombed|struck|killed|clashed|"
    r"advanced|launched|pounded|raided|shot|stormed|captured|seized|ambushed|invaded|held|"
    r"repelled|repulsed|retook|destroyed|hit)\b"
)
# A state's formal style before its name: "the Republic of Kosovo", "the Kingdom of Spain".
_STATE_STYLE = (
    r"(?:(?:(?:Federal|Islamic|Democratic|People's|Socialist|United|Hellenic|Arab) )?"
    r"(?:Republic|Kingdom|Sultanate|Emirate|Principality|State|Commonwealth) of (?:the )?)?"
)
# "the president of Venezuela", "Foreign Minister of Sudan", "the President of the Republic
# of Kosovo".
_OFFICE_OF_RE = re.compile(
    r"\b(?:[Pp]resident|[Pp]rime [Mm]inister|[Ff]oreign [Mm]inister|[Gg]overnments?|[Ll]eader|"
    r"[Aa]mbassador|[Rr]epresentative|[Dd]elegat(?:e|ion)|"
    r"[Mm]inistry of [A-Z]\w+(?: [A-Z]\w+)?) of (?:the )?"
    rf"{_STATE_STYLE}(?P<who>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
# Speech by an outside state is its reaction ("Venezuela's president said ...").
_SPEECH_RE = re.compile(r"\b(?:said|says|told|tweeted|stated|announced|declared)\b", _I)
# Reaction wording: what outside actors do in a reactions section.
REACTION_CUES: tuple[re.Pattern[str], ...] = (
    # "Regarding the reaction of foreign states, ...": the article says what follows.
    re.compile(
        r"\breactions? (?:of|from) (?:foreign|other|world|western)\b|"
        r"\b(?:international|world|foreign) reactions?\b",
        _I,
    ),
    re.compile(r"\bcall(?:ed|s|ing)? (?:on|for|upon)\b", _I),
    re.compile(r"\burg(?:ed|es|ing|e)\b", _I),
    re.compile(
        r"\bexpress\w*\W+(?:\w+\W+){0,3}?(?:concern|support|solidarity|regret|condolences|alarm)",
        _I,
    ),
    re.compile(r"\b(?:deep|serious|grave) concern\b|\bconcerned\b|\balarmed\b", _I),
    re.compile(r"\bappeal(?:ed|s|ing)? (?:for|to)\b", _I),
    re.compile(r"\bcondemn\w*\b|\bdeplor\w*\b|\bdenounc\w*\b", _I),
    re.compile(
        r"\b(?:violat\w*|breach(?:es|ed)?) (?:of )?international (?:humanitarian )?law\b", _I
    ),
    re.compile(r"\bappalled\b|\boutraged\b", _I),
    re.compile(r"\breiterat\w*\b", _I),
    re.compile(r"\b(?:support|supportive|backing|backed|solidarity)\b", _I),
    # An outside state readying its own forces: "put its Defence Force on alert".
    re.compile(
        r"\b(?:put|puts|putting|plac\w+) (?:\S+ ){0,4}?on (?:high |full |heightened |maximum )?"
        r"alert\b|\braised (?:\S+ ){0,3}?alert\b",
        _I,
    ),
    # "Washington stands with Guyana", "stood firmly behind its ally".
    re.compile(r"\b(?:stands?|stood|standing) (?:\w+ )?(?:with|by|behind)\b", _I),
    re.compile(r"\bshoulder to shoulder\b|\bhonou?r\w* (?:\S+ ){0,4}commitments?\b", _I),
    # An ally's pledge: "an attack on Latvia is an attack on all of us", "will defend".
    re.compile(
        r"\battack on (?:\S+ ){1,3}is an attack on\b|\b(?:will|would|shall|ready to|"
        r"prepared to) defend\b",
        _I,
    ),
    # Arms and troops promised or sent: "Riga and Vilnius have promised ammunition".
    re.compile(
        r"\b(?:promis(?:e[sd]?|ing)|pledg(?:e[sd]?|ing)|deliver(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|"
        r"deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|send(?:s|ing)?|sent) (?:\w+ ){0,3}?(?:ammunition|"
        r"weapons|arms|troops|brigades?|battalions?|fighter jets|air defen[cs]es?)\b",
        _I,
    ),
    re.compile(r"\bde-?escalat\w*\b|\brestraint\b", _I),
    # An outside state watching: "closely monitoring the situation", "following the
    # developments with concern", "watching events closely".
    re.compile(
        r"\b(?:monitor|follow|watch)(?:s|ed|ing)? (?:\w+ ){0,2}?(?:situation|developments|events)"
        r"\b|\b(?:monitor|follow|watch)(?:s|ed|ing)? (?:\w+ ){0,4}?closely\b",
        _I,
    ),
    re.compile(r"\bpeaceful (?:solution|resolution|settlement|means)\b", _I),
    re.compile(
        r"\b(?:offer\w*|ready|willing|prepared) to (?:\w+ ){0,2}(?:mediat\w*|host|facilitate)\b|"
        # "said it was ready to help 'if both parties ask'"
        r"\b(?:ready|willing|prepared) to (?:help|assist)\b[^.]{0,20}?\bif (?:both|the two|"
        r"the parties|asked|requested|they)\b",
        _I,
    ),
    re.compile(
        r"\b(?:stay|remain|keep) calm\b|\bresolve (?:\w+ )?differences\b|\bblam(?:e|ed|es|ing)\b",
        _I,
    ),
    re.compile(r"\bwarn(?:ed|s|ing)?\b|\baccus(?:ed|es|ing|ations?)\b", _I),
    re.compile(r"\b(?:efforts?|bid|attempts?|push) to (?:end|resolve|broker|defuse)\b", _I),
    re.compile(
        r"\bsanction(?:s|ed)?\b|\b(?:held|hold|holds|holding) (?:\w+ ){0,3}accountable\b", _I
    ),
    re.compile(r"\bslam(?:s|med)?\b|\bcritici[sz]\w*\b|\bdialogue\b", _I),
    # Branding a side: "called Israel a 'terror state'".
    re.compile(r"\b(?:terror|terrorist|rogue|apartheid|criminal) state\b", _I),
    # A side's right to act, affirmed from outside: "Israel 'has a right to defend itself'".
    re.compile(r"\b(?:a|the|every|full) right to (?:defend|protect|respond)\b", _I),
    re.compile(r"\boffer\w* to (?:host|mediate|broker|convene)\b|\bgood offices\b", _I),
    # "offered to send an observer team", "urged both sides to 'silence the guns'"
    re.compile(
        r"\boffer\w* to (?:send|deploy|dispatch) (?:\w+ ){0,3}(?:observers?|monitors?|mission|"
        r"envoy|team)\b|\bsilence the guns\b",
        _I,
    ),
    re.compile(r"\bblam(?:e|es|ed|ing)\b|\bdismiss(?:es|ed|ing)?\b", _I),
    # Naming what happened: "called the shelling of Malanville 'a grave attack on the
    # territory of a member state'".
    re.compile(
        r"\bcall(?:ed|s|ing)? (?:the|this|that|its|their) [^.;]{0,60}?[\"“‘']?(?:an?|the) "
        r"(?:[\w-]+ ){0,3}(?:attack|violation|aggression|provocation|crime|act of war|breach)\b",
        _I,
    ),
    # Saying nothing is a state's answer too: "China ... declined to comment".
    re.compile(r"\b(?:declin|refus)(?:ed|es|ing) to comment\b|\bhad no comment\b", _I),
    # A diplomatic protest, and words of rejection: "summoned the Iranian ambassador",
    # "described the strikes as unacceptable", "a violation of Iraqi sovereignty".
    re.compile(r"\bsummon\w*\W+(?:\w+\W+){0,3}?(?:ambassador|envoy|charg[eé]|diplomat)", _I),
    re.compile(r"\bunacceptable\b|\bviolation of (?:\S+ ){0,3}(?:sovereignty|territorial)", _I),
    re.compile(r"\breject\w*\W+(?:any|all)\W+(?:\w+\W+)?(?:violation|attack|aggression)", _I),
    re.compile(r"\b(?:must|should|have to|need to) (?:\w+ )?(?:stop|end|cease|halt)\b", _I),
    # Getting one's own people out: "evacuated its embassy staff", "flown 1,200 people out
    # of the airport", "600 of its nationals have crossed", "186 Colombian citizens".
    re.compile(
        r"\bevacuat\w* (?:\w+ ){0,3}?(?:nationals|citizens|diplomats|embassy|foreigners)\b|"
        r"\b(?:its|their|(?-i:[A-Z][a-z]+(?:an|ish|ese|i))) (?:own )?(?:nationals|citizens)\b|"
        r"\bfl(?:ew|own) (?:\S+ ){0,5}?out of\b",
        _I,
    ),
    # An outside body convened over the war: "will meet in emergency session at
    # Chile's request", "will hold an extraordinary summit in Windhoek" (not who briefed
    # it "in an emergency meeting": what was said there is the news).
    re.compile(
        r"\b(?:hold|holds|held|holding|call|calls|called|calling|meet|meets|met|request|"
        r"requests|requested|convene|convenes|convened) (?:\w+ ){0,2}?(?:in )?(?:an? )?"
        r"(?:emergency|extraordinary|urgent) (?:\w+ )?(?:session|meeting|summit|consultations)\b|"
        # "an emergency meeting of the Arab League in Cairo"
        r"\b(?:emergency|extraordinary|urgent) (?:\w+ )?(?:session|meeting|summit) of (?:the )?"
        r"(?-i:[A-Z])|"
        r"\bat (?:the )?(?:request of|\w+(?:'s|’s|s'|s’) request)\b|"
        # ... or met, with no object ("The Assembly will reconvene"; not "the prime
        # minister convened the National Security Council", a side's own).
        r"\b(?:re)?conven(?:e|es|ed|ing)\b(?!\s+(?:the|a|an|his|her|its|their)\b)",
        _I,
    ),
    re.compile(
        r"\b(?:stop\w*|suspend\w*|halt\w*|freez\w*|ban\w*|restrict\w*) (?:\w+ ){0,3}"
        r"(?:arms|weapons?) (?:exports?|sales?|deliver\w*|shipments?)\b|\barms embargo\b",
        _I,
    ),
)
# Signs of a report of fresh events; they only hold background paragraphs back.
EVENT_CUES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"\b(?:yesterday|today|tonight|overnight|last night|this morning|this week|"
        r"(?:over the|last|this) weekend|earlier (?:today|this week)|"
        r"(?:on |early |late |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
        _I,
    ),
    re.compile(
        r"\b(?:killed|died|wounded|injured|shell(?:ed|ing)|clash(?:es|ed)|fired|seized|captured|"
        r"liberated|destroyed|attacked|launched|retaliated|evacuated|exploded)\b",
        _I,
    ),
)
# A markets report ("Brent crude futures were up $4.71", "its shares fell 3.4%"): the
# money side of the news, "other" content. Two instrument words and one more market word,
# all distinct, with no event verb; "market" and "trader" alone are also a bazaar's.
MARKET_INSTRUMENTS = re.compile(
    r"\b(?:futures|crude|brent|wti|bpd|barrels?|shares|stocks?|bonds?|yields?|investors?|"
    r"premarket|commodit(?:y|ies)|benchmark|index|indices|equities|freight|premiums?|"
    r"insurers?|forecasts?|exports?|exported|imports?|tonnes?|per cent|percent|basis points?|"
    r"inflation|depreciation|volatility|dollars?|euros?)\b",
    _I,
)
MARKET_WORDS = re.compile(
    r"\b(?:markets?|traders?|trade|trading|currency|currencies|prices?|analysts?|gold|cents?|"
    r"rates?|banks?|economists?)\b",
    _I,
)
MARKET_MIN_INSTRUMENTS = 2
MARKET_MIN_WORDS = 3

# A gallery's numbered caption: "1/5 Stalls burn in the market ...".
_GALLERY_ITEM_RE = re.compile(r"^\d{1,2}\s?/\s?\d{1,2}\s+[A-Z]")

# "Other" content: captions, "read more" links, factboxes.
CAPTION_MAX_WORDS = 60
CAPTION_CUES: tuple[re.Pattern[str], ...] = (
    re.compile(
        r"^\(?(?:(?:photo|image|picture|video|map|graphic|chart) caption|photo|image|picture|photograph|pictured|caption|"
        r"file photo|illustration|video|map|graphic|chart|infographic|"
        r"watch|listen|in pictures)s?\b\s*(?:\([^)]*\))?\s*[:|–—-]",
        _I,
    ),
    re.compile(r"^\(?(?:photo|image|picture|video|footage)s? (?:by|credits?|courtesy)\b", _I),
    # A broadcaster's page as saved: "Image source, EPA", "Media caption, Watch: ...".
    re.compile(r"^(?:image|media|video|photo) (?:source|caption)\s*,\s", _I),
    # A chart's title closed by its data's source: "Tenge per US dollar. Source: LSEG".
    re.compile(r"[.;]\s+sources?:\s*[^.:\n]{1,60}\.?$", _I),
    re.compile(r"\((?:[^()]*\s)?(?:photo|file photo|image|picture)\b[^()]*\)\s*\.?$", _I),
    re.compile(
        r"(?:/|\bvia\s|\bcredit:)\s*(?:AFP|Reuters|AP|EPA(?:-EFE)?|Getty Images|Anadolu(?: Agency)?|"
        r"TASS|Sputnik|Xinhua|Shutterstock|Alamy)\b\)?\.?$",
        _I,
    ),
    re.compile(r"\bGetty Images\b"),
    re.compile(r"\b(?:REUTERS|AFP|AP|EPA)/[A-Z]"),
    # A credit closing the caption: "... near Talish. NW/Ivo Marek".
    re.compile(r"(?:^|[.!?]\s+)[A-Z]{2,8}(?: Photo)?/[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}\s*$"),
    re.compile(r"^\[(?:photo|image|picture|video)\b", _I),  # "[Photo: ...]"
    _GALLERY_ITEM_RE,
    # A credit in brackets closing the caption: "(Kumpoto Times/Chisomo Mhango)",
    # "(MDF handout)", "(Courtesy of Livingstonia Synod)".
    re.compile(
        r"\((?:[A-Z][^()/]{0,40}/\s?[A-Z][^()/]{0,40}|[^()]{0,40}\bhandout|courtesy of [^()]{2,60})"
        r"\)\.?$",
        _I,
    ),
    # A credit after the caption's sentence: "... on Monday. Photo: Omar bin Salim / Daily".
    # "... on Monday. Photo sent to Sahel Witness by a reader in Harobanda".
    re.compile(
        r"[.!?]\s+(?:photo|photograph|picture|image)s?(?: credit)?\s*"
        r"(?::|(?:sent|supplied|provided|taken|courtesy)\b)\s*[^.!?]{2,80}$",
        _I,
    ),
    # An agency's credit after a double dash: "... on November 10, 2026. -- AFP".
    re.compile(
        r"[.!?]\s+(?:--|[–—])\s*(?:AFP|Reuters|AP|EPA(?:-EFE)?|Getty Images|Anadolu|TASS|"
        r"Xinhua|ANP|DPA|Kyodo|Yonhap)(?:\s+photo)?\s*$",
        _I,
    ),
    # An outlet's own credit after a dash: "... on Saturday. - Courier photo".
    re.compile(r"[.!?]\s+[-–—]\s*(?:[A-Z][\w'’-]*\s){0,3}(?:file )?(?:photo|picture)s?\.?$"),
    re.compile(r"©"),  # "Jan Holm © Nordwire"
    # Captions that describe the picture: "A still from army footage shows ...",
    # "In this photo ...", "... are seen at ...", "This image released by ...".
    re.compile(
        r"^(?:an?|this|the)(?: [\w.'’-]+){0,3} (?:still|screen ?grab|screenshot|frame|image|"
        r"photo|picture|video)\b[^.]{0,80}\b(?:shows?|showing|released|taken|provided|obtained)\b",
        _I,
    ),
    re.compile(r"^in (?:this|a) (?:photo|image|picture|video|still|handout)\b", _I),
    # A caption ends with the date of the picture: "..., Saada, Yemen, Nov. 1, 2017."
    re.compile(
        r",\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?"
        r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)"
        r"\s+(?:19|20)\d\d\.?$",
        _I,
    ),
    # A story's footer: "X contributed to this report from Tashkent", "This story has
    # been updated to add ...", "Translated from the Portuguese edition", "(end)", a
    # credit to the agencies.
    re.compile(
        r"\bcontributed (?:reporting )?(?:to|for) (?:this|the) (?:report|story|article)\b|"
        r"^(?:this|the) (?:story|article|report) (?:has been|was) (?:updated|corrected|amended)\b|"
        r"^translated from\b|^\(end\)|"
        # "(ZRI English, with inputs from agencies)", "(With additional reporting from AFP)"
        r"^\((?:[^()]{1,40},\s*)?with (?:inputs?|(?:additional )?reporting) from [^()]{1,60}\)$",
        _I,
    ),
    # A wire desk's slug of its editors' initials closing the story: "nk-jcn/ah",
    # "OBN/AKS/MBD", with the time it moved: "gdr/mcl 1432 GMT".
    re.compile(
        r"^[A-Za-z]{1,5}(?:[-/][A-Za-z]{1,5})*/[A-Za-z]{1,5}"
        r"(?:\s+\d{1,2}[:.]?\d{2}(?:\s*[A-Z]{2,4})?)?$"
    ),
    # Agency credit lines closing a wire story.
    re.compile(
        r"^(?:some )?(?:information|material|reporting)(?: for this (?:story|report|article))?"
        r" (?:came|was provided|was contributed|is|comes) (?:from|by)\b",
        _I,
    ),
)
READ_MORE_RE = re.compile(
    r"^(?:read more|read also|also read|more on this(?: story)?|see also|recommended(?=\s*:)|"
    # A page's box of other stories as a screen reader gives it: "Recommended Stories" over
    # "list of 3 items".
    r"recommended stories(?=\s*$)|"
    r"(?:you )?(?:may|might) also like(?=\s*:)|"
    # The same in the languages of regional sites' English editions.
    r"leia também|leia mais|lea también|lee también|lire aussi|à lire aussi|sources?(?=\s*:)|references(?=\s*:)|references\[edit\](?=\s*$)|"
    # A publication's note on itself: "Methodology: figures are provisional ..."
    r"(?:methodology|editor['’]?s note|disclaimer|about this (?:report|digest|update)|"
    r"correction|clarification|tags|topics|filed under|our standards)(?=\s*:)|"
    # A note on the page itself: "Update: This page has been updated to correct ..."
    r"(?:update|note)(?=\s*:\s*this (?:page|article|story|report|post|blog)\b)|"
    r"related(?: stories| articles| coverage| content| news| topics)?|"
    # A release's closing pointer to its issuer's site: "For more Africa Rights Observatory
    # reporting on Cameroon, please visit:", and a photo's button: "Click to expand Image".
    r"for more\b[^\n]{0,100}?\b(?:please )?visit|click to expand(?: image)?|"
    # A newsletter's link to another story: "Go deeper: The 60-year fight over one field"
    r"go deeper|dig deeper|more from (?:[\w'’&.-]+ ){0,4}[\w'’&.-]+(?=\s*:))\s*(?:[:|»>–—-]|$)",
    _I,
)
_STAT_LINE_RE = re.compile(r"^[A-Z][\w ,'’()/-]{1,40}:\s+\S")
LINK_TITLE_MAX_WORDS = 20
FACT_LINE_MAX_WORDS = 8

HEADING_MAX_WORDS = 10
QUESTION_HEADING_MAX_WORDS = 14
# A release's title over its dateline runs longer than a cross-head.
RELEASE_TITLE_MAX_WORDS = 20
# A content score at least this high types a paragraph even under a heading
# whose wording says otherwise.
CLEAR_SCORE = 4

_TERMINAL_RE = re.compile(r"[.!;,…\"'”’)\]]$")

# A cross-head in capitals inside quote marks: "'A GIFT TO ISWAP'".
_QUOTED_CAPS_RE = re.compile(r"[\"'“‘](?P<inner>[^a-z\n\"'“”‘’]*[A-Z][^a-z\n\"“”]*?)[\"'”’]")
_QUOTED_LINE_RE = re.compile(r"[\"'“‘](?P<inner>[A-Z][^\n\"“”]*?[^\s.!?,;:])[\"'”’]")
# A closing quote mark after a quoted word: "Kremlin sneers at NATO 'theatre'".
_QUOTED_END_RE = re.compile(r"(?<=\w)[\"'”’]$")
_CONTINUES_RE = re.compile(r"\b(?:and|or|of|the|a|an|to|in|on|by|for|with|at)$", _I)
# ... but a wh-clause may end on its verb's particle: "Why Brazil says it went in",
# "What the talks are about".
_WH_CLAUSE_END_RE = re.compile(
    r"^(?:why|how|what|where|who|when)\s.*\b(?:in|on|for|with|at|to|by)$", _I
)


# ----------------------------------------------------------------- paragraph kinds

# A fact-check's claims, each heading what the desk found: "Claim 1: Video shows ..."
# (the lines under it, "Verdict: False", are ``CHECK_LINE_RE``'s).
_FACT_CHECK_CLAIM_RE = re.compile(r"^(?:Claim|Myth|Rumou?r)\s*\d{0,2}\s*:\s+\S")

_BODY, _HEADING, _CAPTION, _READ_MORE = "body", "heading", "caption", "read_more"
_STAMP = "stamp"
# A live page's entry stamp alone on its line: "10:02 AM", "14:32 GMT", "09:45 | 3 Feb",
# "Posted at 21:40 GMT".
_STAMP_RE = re.compile(
    r"^\s*(?:(?:posted|updated|published)(?: at)?:?\s+)?"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?)?"
    r"(?:\s*[|,·•-]?\s*(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?))?"
    # "1h ago", "45 minutes ago", "just now"
    r"|\d{1,3}\s*(?:h|hrs?|hours?|m|mins?|minutes?)\s+ago|just now)"
    r"\s*$",
    _I,
)


def is_stamp_line(text: str) -> bool:
    """Is the line a live page's entry stamp alone ("10:02 AM", "22:50")?"""
    return _STAMP_RE.match(text) is not None


# A one-line lead-in to what follows: "International reactions are coming in:".
LEAD_IN_MAX_WORDS = 12
# A credit line under a picture: "Ivo Marek © Nordwire", "NW/Ivo Marek", "Photo: AFP".
_CREDIT_LINE_RE = re.compile(
    r"^(?:[^\n]{0,60}©[^\n]{0,40}|[A-Z]{2,8}/[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}|"
    r"(?:photo|picture|image|video|footage)s?\s*(?:credits?)?\s*:[^\n]{0,60})$",
    _I,
)
# A publication's credit to itself at its foot: "Produced by OCHA Indonesia with ...".
# Who made the piece: "Produced by OCHA", a wire's "(Reporting by ...; Editing by ...)".
_PRODUCED_BY_RE = re.compile(
    r"^[(\[]?(?:[Pp]roduced|[Cc]ompiled|[Pp]repared|(?:[Aa]dditional )?[Rr]eporting|[Ww]riting|"
    r"[Ee]diting|[Ww]ritten) by (?:the )?[A-Z]"  # "(Compiled by the Moldinform English Service)"
)
# A live page's call to follow it: no content of the story.
PROMO_RE = re.compile(
    r"^(?:follow|stay with|keep up with|watch) (?:our|the|this|all)? ?(?:live|latest|rolling)\b", _I
)
# A publication's notes on itself, not the story: a release's contact and issue lines, a
# translation or correction note, a byline or an author's biography standing in the
# body, a promise of the next update.
# A print page's jump line: "Please see GULF, Page A8", "Continued on Page 6", "From
# Page A1".
_JUMP_RE = re.compile(
    r"^(?:please )?(?:see|turn to|continued (?:on|from)|continues on|from)\s+"
    r"(?:[A-Z][\w'’-]*,?\s+)?(?:page|p\.)\s*[A-Z]?\d{1,3}[.)]?$",
    _I,
)
PAGE_NOTE_CUES: tuple[re.Pattern[str], ...] = (
    _JUMP_RE,
    re.compile(
        r"^(?:for (?:further|more) information|for interviews|for media (?:enquiries|inquiries)|"
        r"media (?:contacts?|enquiries|inquiries)|press (?:contacts?|enquiries|inquiries)|"
        r"contacts?)\b[^:\n]{0,40}(?::|,? (?:please )?contact\b)",
        _I,
    ),
    # The note alone: "(Translated from French) Our forces have ..." opens a clip's words.
    re.compile(
        r"^\((?:translated|corrects|updates|adds|recasts|refiles|fixes)\b[^()]*\)\.?(?:\n|$)", _I
    ),
    # The desk's call to readers: "Got a story? Get in touch with the news desk."
    re.compile(
        r"^(?:got a (?:news )?(?:story|tip)|do you have a (?:news )?(?:story|tip)|"
        r"have you been affected|get in touch with|e-?mail us|send us your|"
        r"sign up (?:to|for) (?:our|the)|subscribe to (?:our|the)|download (?:our|the) \w* ?app)"
        r"\b[^\n]{0,160}$",
        _I,
    ),
    # A promotion of the outlet's newsletter ending on its call: "Get a look at the day
    # ahead ... with the X Brief newsletter. Sign up here."
    re.compile(
        r"^[^\n]{0,200}\bnewsletters?\b[^\n]{0,40}[.!]\s*(?:sign up|subscribe)\b[^\n]{0,20}$", _I
    ),
    # An appeal for the outlet's funds: "Support independent journalism", "Help us keep
    # this coverage free ...: donate ...", "Donate now".
    re.compile(
        r"^(?:support (?:independent|our|quality) (?:journalism|reporting)|"
        r"become a (?:member|supporter))|\bhelp us (?:keep|continue)\b[^\n]{0,160}\b"
        r"(?:donate|support us|subscribe|become a member)\b|\bdonate (?:now|today)\b",
        _I,
    ),
    re.compile(rf"^issued (?:on|in|at) [^.\n]{{0,40}}\b{_YEAR}\.?$", _I),
    # A service note for readers: "Residents looking for shelter can go to ...".
    re.compile(
        r"^(?:residents|readers|families|anyone|those|people)\b[^.\n]{0,60}\b(?:looking for|"
        r"seeking|searching for|in need of|who need)\b[^.\n]{0,120}\b(?:can|may|should) "
        r"(?:go|call|contact|visit|text|e-?mail|reach|report|dial)\b",
        _I,
    ),
    # A byline at the foot, with its agency or desk on a line or two below it.
    re.compile(r"^By [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:\n[^\n.]{1,40}){0,2}$"),
    END_MARK_RE,  # "ENDS", "– ENDS –", "###", "-30-"
    # "Mwila Banda is The Lusaka Post's defence correspondent, based in Lusaka."
    re.compile(
        r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3} (?:is|was) (?:a|an|the|[A-Z][\w'’ ]{2,40}['’]s) "
        r"(?:[\w-]+ ){0,3}(?:correspondent|reporter|editor|journalist|writer|contributor|"
        r"columnist)\b[^.!?]*[.!?]?$"
    ),
    # A newsletter's greeting and a live page's sign-off: "Good morning. Here's what you
    # need to know today: ...", "That's it for today."
    re.compile(r"^good (?:morning|afternoon|evening)\W{1,3}here(?:['’]s| is) what ", _I),
    # ... or with the day's line before it: "Good morning. It is day nine of the fighting
    # ... Here is what you need to know before your first coffee."
    re.compile(
        r"^good (?:morning|afternoon|evening)\b[^\n]{0,240}[.!]\s+here(?:['’]s| is) what you "
        r"need to know\b[^.!?\n]{0,60}[.:!]?$",
        _I,
    ),
    # A newsletter's credit to its makers: "The Morning Five is written by A and edited
    # by B."
    re.compile(
        r"^(?:the |this )?[A-Z\w'’ ]{2,40} is (?:written|compiled|produced|put together|curated) "
        r"by [A-Z][^.\n]{0,80}\.?(?:\s+[^\n]{0,120})?$"
    ),
    # A live page's close and its change of hands: "This live blog is now closed.",
    # "Danny Oyelowo-Briggs here, taking over the blog from Chloe."
    re.compile(
        r"^(?:this|our) (?:live )?(?:blog|page|coverage) (?:is|has) (?:now )?(?:closed|ended|"
        r"paused|finished)\b|\b(?:tak(?:e|es|ing)|took) over (?:the|this|our) (?:live )?"
        r"(?:blog|coverage|page)\b|\bhand(?:s|ing)? over (?:the (?:live )?(?:blog|coverage) )?to\b",
        _I,
    ),
    # A page's promise and its comment count: "This explainer will be updated as more
    # information becomes available.", "37 comments | Join the conversation".
    re.compile(
        r"^(?:this|the) (?:explainer|story|article|page|report|blog|post|live page|factbox) "
        r"will be updated\b|^\d[\d,]* comments?\b",
        _I,
    ),
    re.compile(
        r"^(?:that['’]s|that is) (?:it|all) (?:for|from) (?:today|tonight|now|us|this (?:week|"
        r"edition|morning|evening))\b|^we(?:['’]re| are| will be) (?:pausing|ending|closing|"
        r"wrapping up) (?:our|this|the) (?:live )?(?:coverage|blog|page)\b",
        _I,
    ),
    # An opinion page's disclaimer, a newsletter's foot and an assessment's data cut-off.
    re.compile(
        r"\bthe (?:views|opinions) expressed (?:here|in this \w+)?[^.\n]{0,40}\b(?:are|do not)\b",
        _I,
    ),
    re.compile(
        r"\bforwarded this (?:e-?mail|newsletter)\?|^(?:data|information) cut-?off\s*:|"
        r"^reporting period\s*:",
        _I,
    ),
    # A print page's jump lines: "Continued on page 4", "BRIDGE: Continued from page 1".
    re.compile(r"^\(?(?:[A-Z][\w'’ -]{0,30}:\s*)?continued (?:on|from) page \w+\)?\.?$", _I),
    # A desk's credit at the foot: "Editor: Elida Topçiu", "Edited by Jane Doe".
    re.compile(r"^(?:editor|edited by|editing by|sub-?editor)\s*:?\s+[A-Z][^.\n]{0,60}$", _I),
    # Notes on the text itself: "The following is a near-verbatim transcript of ...",
    # "The Ministry ... publishes the edited transcript of ...", "Quotes from Brazilian
    # sources are translated from Portuguese ...", "Thank you. The next briefing will ...",
    # "The Briefing Room airs on weekdays at 21:00 CET."
    re.compile(
        r"^(?:the following is|below is|what follows is) (?:an? |the )?(?:[\w-]+ ){0,2}"
        r"(?:transcript|text|translation)\b|"
        r"\bpublish(?:es|ed)? the (?:[\w-]+ ){0,2}transcript\b|"
        r"^quotes? from [^.\n]{0,80}\b(?:are|were|have been) translated\b|"
        r"^(?:thank you\.\s+)?the next (?:briefing|update|press conference)\b|"
        r"^the [\w'’ ]{2,40} airs (?:on|every|daily|weekdays|at)\b",
        _I,
    ),
    # An interviewer's closing thanks alone: "CLARA OSEI: Eirik Brattli-Hovde, thank you."
    re.compile(r"^[A-Z][A-Z.'’ -]{2,40}:\s+[^.!?\n]{0,60},\s*thank you\.?$"),
    # A programme's sign-off, thanking the guest: "Dr X in Freetown, thank you. You are
    # listening to The West Africa Hour ..." (news read after "You are listening to ..."
    # in the same paragraph stays news).
    re.compile(
        r"^[^.!?\n]{0,100}\bthank you\b[^.!?\n]{0,20}[.!]\s+"
        r"you(?:['’]re| are) (?:listening to|watching) [A-Z]",
        _I,
    ),
    # An agency's mark alone closing its copy: "(ADI)", "(AFP)".
    re.compile(r"^\((?-i:[A-Z][A-Za-z/&.-]{1,12})\)$", _I),
    # A release's signature: "Press Service of the Ministry of Defence of ...".
    re.compile(r"^(?:the )?press (?:service|office|centre|center)\b(?: of [^.\n]{0,100})?$", _I),
    re.compile(
        r"^[^.\n]{0,60}\bwill (?:issue|publish|provide|release) (?:a|an|its|the) "
        r"(?:further |next |new )?(?:update|situation report|sitrep|report)\b[^.\n]{0,60}\.?$",
        _I,
    ),
)
_FACTBOX, _FACTBOX_TITLE = "factbox", "factbox_title"

# A live page's greeting: "Good morning and welcome to our live coverage of ...".
_WELCOME_RE = re.compile(
    r"^(?:(?:good (?:morning|afternoon|evening)|hello)\b[^.!?\n]{0,20}?(?:[,.!]\s*|\s+and\s+))?"
    r"welcome (?:back )?to (?:our|the|this|[A-Z][\w'’.-]*)\b[^.!?\n]{0,60}?"
    r"\b(?:live|rolling|continuing|coverage|blog|briefing|newsletter|podcast)\b[^.!?\n]*[.!?]?",
    _I,
)
# What a greeting goes on to say about the page itself: "We'll bring you the latest ...",
# "Stay with us."
_ABOUT_THE_PAGE_RE = re.compile(
    r"^(?:we|we['’](?:ll|re|ve)|stay|stick|follow|keep|join|you can|i['’]m|i am|i['’]ll)\b", _I
)


# An aid agency's money: "$48 million", "US$1.7 billion", "31 per cent funded".
_FUNDING_RE = re.compile(r"\$\s?[\d.,]+|\b(?:per ?cent|%) funded\b|\bfunding\b", _I)
_APPEAL_RE = re.compile(r"\b(?:appeal|response plan|funded)\b", _I)
_FUNDED_RE = re.compile(r"\b(?:per ?cent|%) funded\b", _I)
_LAUNCH_RE = re.compile(r"\b(?:launch|launche[ds]|launching|unveil(?:ed|s)?)\b", _I)


def _funding_note(text: str) -> bool:
    """A paragraph only about an aid appeal's money ("The 2025 Response Plan requires
    US$1.7 billion. As of 7 October, it was 31 per cent funded."): the agency's note,
    not the news; a sentence of it closing a report leaves the report news."""
    sentences = [x for line in text.strip().split("\n") for x in _SENTENCE_END_RE.split(line)]
    return (
        bool(_APPEAL_RE.search(text))
        # "launched a $58 million flash appeal": news, unless it says how funded it is
        and not (_LAUNCH_RE.search(text) and not _FUNDED_RE.search(text))
        and all(_FUNDING_RE.search(x) for x in sentences)
        # '... said Tokyo was "seriously concerned" and would give $5 million to the
        # appeal': words quoted are a stance, more than the money
        and not re.search(r"[\"“”]", text)
    )


# A newsletter's note on its own length: "Good morning. Today's newsletter is 770
# words, a 3-minute read."
_LENGTH_NOTE_RE = re.compile(
    r"^(?:(?:good (?:morning|afternoon|evening)|hello|hi)\b[^.!?\n]{0,40}[.!,]\s*)?"
    r"(?:today['’]s|this)\s+(?:newsletter|edition|briefing|issue|email)\b[^.!?\n]{0,30}?"
    r"\b\d[\d,]*\s+words\b[^\n]*$",
    _I,
)


# An advertisement's slot left in the saved page: "Advertisement", "Story continues below
# advertisement".
_AD_SLOT_RE = re.compile(r"(?:story continues below )?advertisement|sponsored content", _I)
# The page's own furniture, a line of it alone: share bars ("Share this article",
# "Share: X | Facebook | Print", "Facebook | X | WhatsApp | Copy link"), a call to follow
# the issuer ("Follow the ICRC on X: @ICRC"), counts ("1.9k shares", "Reply · 5 likes"),
# the comments' controls and a box of the site's other stories ("Most read").
_NETWORK = (
    r"(?:facebook|x|twitter|whatsapp|telegram|e-?mail|linkedin|print|copy link|reddit|"
    r"messenger|bluesky|threads|viber|pinterest|instagram|youtube|tiktok|vk|weibo|wechat|line)"
)
_PAGE_FURNITURE_RE = re.compile(
    r"(?:share(?: this)?(?: (?:article|story|page|post|video))?(?: (?:on|via) \w+)?"
    r"(?: or comment on this (?:article|story))?\s*:?"
    rf"(?:\s*{_NETWORK}(?:\s*[|·•,/]\s*(?:share (?:on|via) )?{_NETWORK})*)?"
    rf"|{_NETWORK}(?:\s*[|·•,/]\s*{_NETWORK})+"
    rf"|share (?:on|via) {_NETWORK}(?:\s*[|·•,/]\s*share (?:on|via) {_NETWORK})+"
    r"|follow (?:us|the [\w'’ .-]{2,40}|[A-Z@][\w'’ .@-]{1,40}) on "
    rf"{_NETWORK}(?:\s*(?:,|and|or)\s*{_NETWORK})*\b[^.\n]{{0,60}}"
    r"|\d[\d.,]*\s?[km]? (?:shares?|likes?|views?|comments?|reactions?|reposts?)"
    r"|reply\s*[·|•]\s*\d[\d.,]*k? likes?|(?:load|show|view|read) (?:more|all) comments"
    r"|most (?:read|popular|viewed|shared)(?: stories| articles)?|trending now"
    r"|editor['’]?s picks|scroll down for (?:video|more)"
    # A programme's page: a cue in brackets ("[AD BREAK]", "[Transcript excerpt ends at
    # 21:03. ...]"), a chapter mark ("04:12 Why Baranja").
    r"|\[(?:ad break|advert\w*|music|jingle|signature tune|"
    r"theme music|transcript[^\]\n]*|end of [^\]\n]*)\]"
    r"|\d{1,2}:\d{2}(?::\d{2})? [\"'“‘]?[A-Z][^\n]{2,80}"
    r")\s*\.?",
    _I,
)
# A programme's sponsor read: "This episode is sponsored by Halden Mutual. ..."
_SPONSOR_RE = re.compile(
    r"^(?:this|today['’]s) (?:episode|programme|program|podcast|show|newsletter|edition) "
    r"(?:is|was) (?:sponsored|supported|brought to you|made possible) by\b",
    _I,
)
CHAPTER_MIN_LINES = 3


def _furniture(text: str) -> bool:
    """Every line the page's own furniture; chapter marks only as a list of them (a live
    entry's stamp and title, "12:10 Shelling resumes", is news)."""
    lines = [x.strip() for x in text.strip().split("\n")]
    if not all(_PAGE_FURNITURE_RE.fullmatch(x) for x in lines):
        return False
    marks = sum(bool(re.match(r"\d{1,2}:\d{2}", x)) for x in lines)
    return marks == 0 or marks >= CHAPTER_MIN_LINES


# A meeting's or briefing's clock at its end: "(Briefing ends at 11:42)", "The meeting
# began at 10:04 a.m. and ended at 12:41 p.m."
_SESSION_CLOCK_RE = re.compile(
    r"\(?(?:the )?(?:briefing|meeting|press conference|session|conference|hearing|sitting)"
    r" (?:ends?|ended|began|closed|adjourned|concluded)\b[^()\n]{0,60}?\d{1,2}[:.]\d{2}"
    r"[^()\n]{0,30}?\)?\.?\)?",
    _I,
)
# A page's note on where it ran or when it comes next: "This story appeared in the print
# edition of ...", "This article is licensed under the Creative Commons ...", "Our next
# roundup will be published on Saturday at 19:00 EAT."
_PUBLICATION_NOTE_RE = re.compile(
    r"^(?:a version of )?this (?:story|article|report|piece|interview|column) (?:first )?"
    r"(?:appeared|appears|ran|was published|is published|is licensed|was originally published)"
    r"\b|^(?:our |the )?next(?: week['’]s| month['’]s)? (?:[\w-]+ ){0,2}(?:will )?"
    r"(?:be published|appear|be out|be sent)\b",
    _I,
)
# A newsletter's sign-off: "Thanks for reading. Today's edition was edited by ...".
_SIGN_OFF_RE = re.compile(r"^thanks? (?:you )?for reading\b", _I)


def _greeting_only(text: str) -> bool:
    """A greeting whose other sentences speak of the page, not the news: "Welcome to our
    live coverage. We'll bring you the latest." ("Welcome to our live coverage. Shelling
    hit Narva overnight." opens the news and is typed by it)."""
    m = _WELCOME_RE.match(text)
    if m is None:
        return False
    rest = [s for s in re.split(r"(?<=[.!?])\s+", text[m.end() :].strip()) if s]
    return all(_ABOUT_THE_PAGE_RE.match(s) for s in rest)


OFFICE_LINE_MAX_WORDS = 16


def _note_under_office(text: str) -> bool:
    """A publication's note on itself under the line of the office that issues it, with
    no blank line between: "OCHA | Regional Office for West and Central Africa, Dakar"
    over "This Flash Update is produced by OCHA ROWCA with humanitarian partners in ...".
    The note's place names are where the office works, not the story's lede."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) < 2 or not any(p.search(lines[-1]) for p in PAGE_NOTE_CUES):
        return False
    return all(
        not ln.endswith((".", "?", "!")) and len(ln.split()) <= OFFICE_LINE_MAX_WORDS
        for ln in lines[:-1]
    )


def _is_caption(text: str) -> bool:
    """A caption, or a gallery's captions one per line ("1/5 ... (Kumpoto Times/X)")."""

    def one(caption: str) -> bool:
        return len(caption.split()) <= CAPTION_MAX_WORDS and any(
            p.search(caption) for p in CAPTION_CUES
        )

    lines = [ln for ln in text.split("\n") if ln.strip()]
    return one(text) or (len(lines) > 1 and all(one(ln) for ln in lines))


_INNER_SENTENCE_RE = re.compile(r"\w[\"”’]?[.!?][\"”’]?\s+[A-Z(]")


# A table's rows ("Moloundou | 61 | 172") or a list's items of a toll ("- Erbil: 97
# killed, 361 wounded"), under words of the dead and wounded.
_TABLE_ROW_RE = re.compile(r"^[^|\n]+(?:\|[^|\n]*){1,8}$")
_TOLL_ITEM_RE = re.compile(
    r"^\s*(?:[-•*–]\s*)?[^:\n]{2,60}:\s*\d[\d,.]*\s+(?:killed|dead|deaths?|wounded|injured)\b",
    re.IGNORECASE,
)
_TOLL_WORDS_RE = re.compile(
    r"\b(?:deaths?|dead|killed|wounded|injured|casualties|fatalities)\b", re.IGNORECASE
)
TABLE_MIN_ROWS = 2


def _casualty_table(text: str) -> bool:
    """A table or list counting the dead and wounded, not a list of needs or links."""
    lines = [ln for ln in text.split("\n") if ln.strip() and not set(ln.strip()) <= set("-+|= ")]
    rows = [ln for ln in lines if _TABLE_ROW_RE.match(ln) and re.search(r"\d", ln)]
    items = [ln for ln in lines if _TOLL_ITEM_RE.match(ln)]
    return bool(_TOLL_WORDS_RE.search(text)) and (
        len(rows) >= TABLE_MIN_ROWS or len(items) >= TABLE_MIN_ROWS
    )


def _is_list(text: str) -> bool:
    """Bulleted lines, two or more "Label: value" stat lines, or three or more
    short lines without sentence ends (a factbox written without colons)."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if len(lines) == 1 and _ITEM_NUMBER_RE.match(lines[0]):
        return False  # one numbered line alone: an item's title or a point, no list
    if len(lines) > 1 and lines[0].endswith(":") and len(lines[0].split()) > FACT_LINE_MAX_WORDS:
        # A sentence leading into its items ("3. The losses inflicted on the enemy ... are
        # established as follows:" over "– seven (7) T-55 tanks destroyed;"): a statement.
        return False
    if all(BULLET_RE.match(ln) for ln in lines):
        # Numbered or bulleted full sentences are statements ("2. Our fighters killed 20
        # soldiers ..."), a communique's points or a live page's key points: body text.
        # So are items of several sentences that close on their source ("... said on
        # Monday. (MND briefing, 23 Nov)").
        return not all(
            len(ln.split()) > FACT_LINE_MAX_WORDS
            and (ln.endswith((".", "!", '"', "”")) or _INNER_SENTENCE_RE.search(ln))
            for ln in lines
        )
    if len(lines) >= 2 and all(_STAT_LINE_RE.match(ln) for ln in lines):
        return True
    return len(lines) >= 3 and all(
        len(ln.split()) <= FACT_LINE_MAX_WORDS and not ln.endswith((".", "?", "!", '"', "”"))
        for ln in lines
    )


# A reporter's question in a briefing transcript ("Q: Is that true?"): speech, no heading;
# put as a question or not ("Q (foreign news agency): Fano says ...").
_TRANSCRIPT_QUESTION_RE = re.compile(r"(?:Q|Question)\s*(?:\([^()]{0,40}\))?\s*[:.]\s")
# A transcript's speaker label: a name in capitals of any Latin alphabet ("GERGELY
# BOGNÁR"), perhaps with an outlet in brackets, before a colon.
_CAPS_LABEL = rf"{UPPER_LETTER}{UPPER_LETTER[:-1]}.'’ -]{{2,40}}?"
_TURN_LABEL_RE = re.compile(rf"^(?P<label>{_CAPS_LABEL})\s*(?:\([^()\n]{{0,40}}\))?:\s")
# A transcript's answer: the speaker's label, or "A", before a colon.
_ANSWER_RE = re.compile(rf"^(?:A|Answer|(?-i:{_CAPS_LABEL}))\s*(?:\([^()]{{0,40}}\))?:\s")


_ITEM_NUMBER_RE = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z\"“‘'])")
# What a checked claim's medium says before its words: 'Video: "Air defence shoots down
# a Gripen"'.
_MEDIUM_LABEL_RE = re.compile(r"^(?:Video|Photo|Image|Post|Audio|Clip):\s+(?=[\"“‘'])")


# A wire's cross-head between dashes: '- "We are afraid" -', "- Jihadist spillover -".
_DASH_FRAMED_RE = re.compile(r"[-–—]\s+(?P<inner>[^\n]{1,80}?)\s+[-–—]")


# A wiki's link to edit the section after its heading: "Background[edit]".
_EDIT_LINK_RE = re.compile(r"\s*\[edit\]\s*$")


def _is_heading_shape(text: str) -> bool:
    text = _EDIT_LINK_RE.sub("", text) if "\n" not in text else text
    # A newsletter's numbered item title: "1. Rockets hit La Cruz overnight"; a fact
    # check's numbered claim: '1. "We destroyed 40 tanks"'.
    text = _MEDIUM_LABEL_RE.sub("", _ITEM_NUMBER_RE.sub("", text, count=1), count=1)
    quoted = _QUOTED_CAPS_RE.fullmatch(text) or _QUOTED_LINE_RE.fullmatch(text)
    if quoted is not None:
        # "'A GIFT TO ISWAP'", "'We bury our dead in the courtyard'": a cross-head
        # quoting the story, its words unended.
        text = quoted["inner"]
    if (m := _DASH_FRAMED_RE.fullmatch(text.strip())) is not None:
        text = _QUOTED_END_RE.sub("", m["inner"]).lstrip("\"'“‘")  # its words, unquoted
    if (m := _DESK_LABEL_RE.match(text)) is not None and "\n" not in text:
        # "TOP STORY: Bangkok says it holds the border post, Malaysia says its flag still
        # flies": an item's desk and its title, which may run as long as an entry's.
        rest = text[m.end() - 1 :]
        return (
            len(rest.split()) <= ENTRY_TITLE_MAX_WORDS
            and not _TERMINAL_RE.search(rest.rstrip(":"))
            and rest[:1].isupper()
        )
    if "\n" in text or not text[:1].isupper() or _TRANSCRIPT_QUESTION_RE.match(text):
        return False
    if LEAD_IN_RE.match(text) and quoted is None:
        return False  # "Here is what we know", but not the quoted "'THIS IS A WAR'"
    words = text.split()
    if text.endswith("?"):
        return len(words) <= QUESTION_HEADING_MAX_WORDS
    stripped = text.rstrip(":").rstrip()
    return (
        len(words) <= HEADING_MAX_WORDS
        and not _TERMINAL_RE.search(stripped)
        and (not _CONTINUES_RE.search(stripped) or _WH_CLAUSE_END_RE.match(stripped) is not None)
        and any(c.isalpha() for c in stripped)
    )


# A live entry's title may run longer than a cross-head when it quotes someone:
# 'NATO: "An attack on Latvia is an attack on all of us"'.
ENTRY_TITLE_MAX_WORDS = 16


def _is_entry_title(text: str) -> bool:
    """A line under a live entry's stamp shaped as its title."""
    if _is_heading_shape(text):
        return True
    words = text.split()
    return (
        "\n" not in text
        and text[:1].isupper()
        and len(words) <= ENTRY_TITLE_MAX_WORDS
        and not _TERMINAL_RE.search(text)
    )


def _heading_words(heading: str) -> tuple[list[str], str]:
    words = re.findall(r"[\w'’-]+", heading.casefold())
    return words, " ".join(words)


# A newsletter's or bulletin's desks for items about other things than the war:
# "WEATHER: Thundery showers", "MARKETS: Ringgit slides", "SPORT: Lions edge Vietnam".
OFF_TOPIC_DESKS = frozenset(
    {"weather", "markets", "market", "business", "economy", "sport", "sports", "court",
     "courts", "entertainment", "culture", "arts", "lifestyle", "traffic", "transport",
     "tech", "technology", "science", "money", "property", "education", "football"}
)  # fmt: skip
_DESK_LABEL_RE = re.compile(r"^(?P<label>[A-Z][A-Z &/]{1,20}):\s+\S")


def classify_heading(heading: str) -> str | None:
    """Section type named by a heading's wording, or None when it names none."""
    if (m := _DESK_LABEL_RE.match(heading)) and m["label"].casefold() in OFF_TOPIC_DESKS:
        return "other"
    if _BOX_BYLINE_RE.match(heading):
        return None  # "Analysis by X, diplomatic correspondent": the writer's desk names none
    words, joined = _heading_words(heading)
    for section_type, cues in HEADING_CUES.items():
        for cue in cues:
            hit = (
                f" {cue} " in f" {joined} " if " " in cue else any(w.startswith(cue) for w in words)
            )
            if hit:
                return None if section_type == "content" else section_type
    return None


def _entry_title(
    paragraphs: Sequence[Paragraph], kinds: list[str], members: list[int], k: int
) -> bool:
    """Is member ``k`` a live entry's title, the line right under the entry's time stamp
    ("16:31" over "Kremlin sneers at NATO 'theatre'"), the two one block of the page? A
    title set apart from its stamp by a blank line is the entry's first paragraph."""
    if not 0 < k < len(members):
        return False
    i, before = members[k], members[k - 1]
    return (
        kinds[i] == _STAMP
        and paragraphs[i].line == paragraphs[before].line_end + 1
        and kinds[before] == _STAMP
        and bool(_STAMP_RE.match(paragraphs[before].text))
        and not _STAMP_RE.match(paragraphs[i].text)
        and not _is_lead_in(paragraphs[i].text)  # "International reactions are coming in:"
    )


def _titled_entry(
    paragraphs: Sequence[Paragraph], kinds: list[str], members: list[int], k: int
) -> bool:
    """Is member ``k`` a live entry's title with the entry's text or picture below it?"""
    return (
        _entry_title(paragraphs, kinds, members, k)
        and k + 1 < len(members)
        and kinds[members[k + 1]] != _STAMP
    )


def _is_credit_line(text: str) -> bool:
    """A short line naming who took a picture, not a caption describing one."""
    return len(text.split()) <= 6 and not text.endswith(".") and bool(_CREDIT_LINE_RE.match(text))


def _before(paragraphs: Sequence[Paragraph], kinds: list[str], i: int) -> str:
    """The body paragraph before paragraph ``i`` (time stamps and captions skipped)."""
    for j in range(i - 1, -1, -1):
        if kinds[j] == _BODY:
            return paragraphs[j].text
    return ""


def _one_block(paragraphs: Sequence[Paragraph], j: int, *, first: bool) -> bool:
    """Paragraph ``j`` is a line of a block split one paragraph per line: the first
    such line (``first``) has its next line right under it, a later one the line
    before it right above it."""
    if first:
        return j + 1 < len(paragraphs) and paragraphs[j + 1].line == paragraphs[j].line_end + 1
    return paragraphs[j].line == paragraphs[j - 1].line_end + 1


# A paragraph set in italics whole: "*Aurelio Mba Esono, 58, has been ...*".
_ITALIC_NOTE_RE = re.compile(r"\*(?!\*)[^*]{20,}(?<!\*)\*|_(?!_)[^_]{20,}(?<!_)_")


_BOX_BYLINE_RE = re.compile(
    r"^(?:analysis|comment|context|reality check|fact ?check)(?: box)? by [A-Z][^.!?\n]{2,80}$", _I
)


# A page of at least this many numbered captions, most of its paragraphs, is a gallery.
GALLERY_MIN_ITEMS = 4


def _gallery(paragraphs: Sequence[Paragraph]) -> bool:
    """Is the page a photo gallery, its numbered captions the story it tells?"""
    items = sum(1 for p in paragraphs if _GALLERY_ITEM_RE.match(p.text))
    return items >= GALLERY_MIN_ITEMS and 2 * items > len(paragraphs)


def _turn_of(text: str, turns: set[str]) -> bool:
    """A paragraph opened by one of the transcript's speaker labels."""
    m = _TURN_LABEL_RE.match(text)
    return m is not None and m["label"] in turns


def _kinds(paragraphs: Sequence[Paragraph]) -> list[str]:
    """The kind of each paragraph: body, heading, caption, read_more, factbox or stamp."""
    kinds: list[str] = []
    gallery = _gallery(paragraphs)
    # A transcript's speakers: labels that open two paragraphs or more. A short question
    # under one ("HANNAH WHITCOMBE: And the civilians?") is a turn, not a heading.
    said = Counter(m["label"] for p in paragraphs if (m := _TURN_LABEL_RE.match(p.text)))
    turns = {label for label, n in said.items() if n >= 2}
    for k, p in enumerate(paragraphs):
        text = p.text
        first_line = text.split("\n", 1)[0]
        if gallery and _GALLERY_ITEM_RE.match(text) and "\n" not in text:
            kinds.append(_BODY)  # a gallery's captions tell its news
            continue
        # A live entry that is only links: "15:02" over "Read more:" and the titles.
        lines = text.split("\n")
        linked = len(lines) > 1 and _STAMP_RE.match(lines[0]) and READ_MORE_RE.match(lines[1])
        if _STAMP_RE.match(text):
            kinds.append(_STAMP)
        elif _BOX_BYLINE_RE.match(text) and "\n" not in text and k + 1 < len(paragraphs):
            # "Analysis by Jane Doe, diplomatic correspondent" over the box's paragraphs:
            # the box's heading, not the story's byline.
            kinds.append(_HEADING)
        elif (
            linked
            or READ_MORE_RE.match(first_line)
            or PROMO_RE.match(text)
            or _PRODUCED_BY_RE.match(text)
            or any(p.search(text) for p in PAGE_NOTE_CUES)
            or _note_under_office(text)
            or _greeting_only(text)
            or _LENGTH_NOTE_RE.match(text)
            or _SIGN_OFF_RE.match(text)
            or _AD_SLOT_RE.fullmatch(text.strip())
            or _furniture(text)
            or _SPONSOR_RE.match(text)
            or _SESSION_CLOCK_RE.fullmatch(text.strip())
            or _PUBLICATION_NOTE_RE.match(text)
            or FOOTER_NOTE_RE.match(text)
            or _funding_note(text)
            or is_byline(text)
        ):
            kinds.append(_READ_MORE)
        elif _is_caption(text) or (
            # The picture's words just above its credit line ("Ivo Marek © Nordwire").
            k + 1 < len(paragraphs)
            and len(text.split()) <= CAPTION_MAX_WORDS
            and "\n" not in text
            and _is_credit_line(paragraphs[k + 1].text.strip())
        ):
            kinds.append(_CAPTION)
        elif _DASH_FRAMED_RE.fullmatch(text.strip()) and _is_heading_shape(text):
            kinds.append(_HEADING)
        elif _is_list(text) or ("\n" in text and FACTBOX_RE.match(first_line)):
            kinds.append(_FACTBOX)
        elif (
            (stamp := _INLINE_STAMP_RE.match(text))
            and "\n" not in text
            and len(re.findall(r"[A-Za-z]{2,}", text[stamp.end() :])) >= 3
            and len(text.split()) <= HEADING_MAX_WORDS + 2
            and not _TERMINAL_RE.search(text)
        ):
            kinds.append(_STAMP)  # "1.40pm: Blinken calls for calm": an entry's stamp and title
        elif _FACT_CHECK_CLAIM_RE.match(text) and "\n" not in text:
            kinds.append(_HEADING)  # "Claim 1: Video shows a new exodus": a claim checked
        elif CHECK_LINE_RE.match(text) and "\n" not in text:
            # "Verdict: False", "Who shared it: accounts on X" under a checked claim: the
            # finding, not a head
            kinds.append(_BODY)
        elif _is_heading_shape(text) and not _turn_of(text, turns):
            kinds.append(_HEADING)
        else:
            kinds.append(_BODY)
    n = len(kinds)
    if n > 1 and kinds[-1] == _BODY and _ITALIC_NOTE_RE.fullmatch(paragraphs[-1].text.strip()):
        # A closing paragraph in italics is the page's note: the interviewee's or the
        # author's biography, a disclaimer.
        kinds[-1] = _READ_MORE
    for i in range(n):
        text = paragraphs[i].text
        if kinds[i] == _HEADING and FACTBOX_RE.match(text):
            # A factbox title: its items are the list-like paragraphs right after it.
            j = i + 1
            while j < n and (
                kinds[j] == _FACTBOX
                or (kinds[j] == _BODY and _STAT_LINE_RE.match(paragraphs[j].text.strip()))
                or (j == i + 1 and kinds[j] == _BODY and unended_lines(paragraphs[j].text))
                # Items one per line of a block, each a sentence.
                or (kinds[j] == _BODY and _one_block(paragraphs, j, first=j == i + 1))
            ):
                kinds[j] = _FACTBOX
                j += 1
            if j > i + 1:
                kinds[i] = _FACTBOX_TITLE
                continue
        if (
            kinds[i] == _BODY
            and i + 1 < n
            and LEAD_IN_RE.match(text)
            and "\n" not in text
            and len(text.split()) <= HEADING_MAX_WORDS
            and not _TERMINAL_RE.search(text.rstrip())
            and not text.rstrip().endswith(":")
            and BULLET_RE.match(paragraphs[i + 1].text)
        ):
            # "Here's what we know" over its bullets, with no stop: the box's title. With
            # one ("Here is what we know so far.") it is a sentence of the story.
            kinds[i] = _HEADING
            continue
        if (
            kinds[i] == _FACTBOX
            and i > 0
            and kinds[i - 1] == _BODY
            and paragraphs[i - 1].text.rstrip().endswith(":")
        ):
            # A list the sentence before introduces ("the heaviest losses were recorded
            # in:") goes on with that sentence: typed by its content, not a box.
            kinds[i] = _BODY
        if (
            kinds[i] == _BODY
            and i + 1 < n
            and kinds[i + 1] == _BODY
            and "\n" not in text
            and text[:1].isupper()
            and len(text.split()) <= RELEASE_TITLE_MAX_WORDS
            and not _TERMINAL_RE.search(text)
            and not _CONTINUES_RE.search(text)
            and dateline_end(paragraphs[i + 1].text)
        ):
            # A release's or readout's title over its dateline ("Telephone conversation
            # between the Head of State and the President of the French Republic" over
            # "Yaoundé, 1 December 2026 - ..."): a heading, however long.
            kinds[i] = _HEADING
        # A live entry's title over its time ("Death toll rises to 97" over "22:50",
        # "JCS: 'We struck the origin of fire'" over "16:20") heads the entry's text
        # under the time.
        over_stamp = (
            i + 2 < n
            and kinds[i] in (_HEADING, _BODY)
            and kinds[i + 1] == _STAMP
            and _STAMP_RE.match(paragraphs[i + 1].text)
            and paragraphs[i + 1].line == paragraphs[i].line_end + 1
            and kinds[i + 2] == _BODY
            and (_is_heading_shape(text) or _is_entry_title(_QUOTED_END_RE.sub("", text)))
        )
        # A round-up item's title over its date line ("Port Howard: Britain says settlement
        # retaken" over "Monday 30 November"): the title heads the item, the date opens it.
        over_date = (
            i + 2 < n
            and kinds[i] in (_HEADING, _BODY)
            and "\n" not in text
            and is_date_only_line(paragraphs[i + 1].text)
            and paragraphs[i + 1].line == paragraphs[i].line_end + 1
            and kinds[i + 2] == _BODY
            and _is_heading_shape(text)
        )
        if over_date:
            kinds[i], kinds[i + 1] = _HEADING, _BODY
        elif over_stamp:
            kinds[i] = _HEADING
        elif kinds[i] == _HEADING and not (
            i + 1 < n
            and (
                kinds[i + 1] == _BODY
                # "Chapters" over the programme's chapter marks: it heads them, and ends
                # the region of the heading before.
                or (kinds[i + 1] == _READ_MORE and _furniture(paragraphs[i + 1].text))
            )
        ):
            # A heading needs body text under it; a bare short line is body text.
            kinds[i] = _BODY
        if (
            i
            and kinds[i - 1] == _STAMP
            and (
                kinds[i] == _HEADING
                or (kinds[i] == _BODY and _is_entry_title(_QUOTED_END_RE.sub("", text)))
            )
        ):
            # A live entry's title under its stamp ("16.45 GMT" / "UN agencies: thousands
            # crossing into Cameroon", "Kremlin sneers at NATO 'theatre'") goes with the
            # entry, as the stamp does.
            kinds[i] = _STAMP
        if kinds[i] == _READ_MORE and READ_MORE_RE.fullmatch(text.strip()) and i + 1 < n:
            # A bare "READ MORE" marker: the linked title below it belongs to it.
            # "Related coverage" over three headlines, a line each.
            nxt = paragraphs[i + 1].text
            if all(
                line.strip()
                and len(line.split()) <= LINK_TITLE_MAX_WORDS
                and not line.rstrip().endswith(".")
                for line in nxt.split("\n")
            ):
                kinds[i + 1] = _READ_MORE
                if "\n" in nxt:
                    kinds[i] = _HEADING  # the list's own heading
        if (
            i + 1 < n
            and _JUMP_RE.match(paragraphs[i + 1].text.strip())
            and is_kicker(text)
            and paragraphs[i + 1].line == paragraphs[i].line_end + 1
        ):
            kinds[i] = _READ_MORE  # the jump's slug over it: "GULF" over "From Page A1"
    headings = [i for i, k in enumerate(kinds) if k == _HEADING]
    if (
        headings == [0]
        and classify_heading(paragraphs[0].text) is None
        and not (n > 1 and BULLET_RE.match(paragraphs[1].text))  # "What to know" over bullets
    ):
        # A short line opening a body with no other sub-heading is a caption or
        # kicker ("Bama in Borno state, Nigeria"), not a section heading.
        kinds[0] = _CAPTION
    return kinds


# ------------------------------------------------------------------- content typing


# The content scores of a paragraph, asked for again by the section model's features
# (and by the rules themselves for a paragraph's first sentence), are computed once.
_SCORE_CACHE = 4096


@dataclass(frozen=True)
class _Context:
    reference: dt.date | None  # the article's date: years before it are background
    parties: frozenset[str]  # ISO3 of the countries the headline and lede name
    head: str = ""  # the text above the first paragraph: headline, masthead, date


def _countries_in(text: str) -> set[str]:
    return {iso3 for iso3, _, _ in countries_in(text)}


def _combatants(text: str) -> set[str]:
    found = [country_iso3(m["who"] or m["of"]) for m in _COMBATANT_RE.finditer(text)]
    found += [country_iso3(m["who"]) for m in _FIGHTING_RE.finditer(text)]
    return {iso3 for iso3 in found if iso3}


def _lede_parties(lede: str) -> set[str]:
    """Countries the lede names, less those only in a clause of reaction ("... and
    governments from Paris to Abuja have called for an end to the fighting")."""
    clauses = re.split(r"[.;:]\s+|,\s+(?:and|while|as)\s+", lede)
    return {
        iso3
        for clause in clauses
        if not any(p.search(clause) for p in REACTION_CUES)
        for iso3 in _without_diplomats(clause)
    }


def _headline_parties(headline: str) -> set[str]:
    """Countries the headline names, less the subject of a clause of reaction addressed
    to both sides ("Canada urges Chile, Bolivia to stop fighting"): it reacts, and those
    it addresses fight. A state that condemns one other ("Chile condemns Bolivian
    shelling") may well be a party."""
    found: set[str] = set()
    for clause in re.split(r"[.;:]\s+|\s+(?:while|as|after)\s+", headline):
        named = _without_diplomats(clause)
        if len(named) >= 3 and any(p.search(clause) for p in REACTION_CUES):
            first = min(countries_in(clause), key=lambda f: f[1])
            if first[1] == 0:
                named.discard(first[0])
        found |= named
    return found


# A state's diplomat named by its country: "his visiting Egyptian counterpart", "the
# Turkish envoy".
_DIPLOMAT_RE = re.compile(
    r"(?<!\w)(?P<who>U\.S\.|U\.K\.|[A-Z][a-z]{2,})(?:'s|’s)?\s+"
    r"(?:counterparts?|envoys?|ambassadors?|diplomats?)\b"
)


def _without_diplomats(text: str) -> set[str]:
    """Countries the text names, less one named only as the state of a diplomat ("... as
    Egypt's foreign minister visits Manama", "with his visiting Egyptian counterpart"):
    its diplomat visits, its state does not fight."""
    found = _countries_in(text)
    diplomats = {
        country_iso3(m["who"])
        for pattern in (_FOREIGN_OFFICE_RE, _DIPLOMAT_RE)
        for m in pattern.finditer(text)
        if m["who"]
    }
    rest = _DIPLOMAT_RE.sub(" ", _FOREIGN_OFFICE_RE.sub(" ", text))
    return {iso3 for iso3 in found if iso3 not in diplomats or iso3 in _countries_in(rest)}


def _context(
    text: str, paragraphs: Sequence[Paragraph], kinds: list[str], published: dt.date | None
) -> _Context:
    # The lede, not a box of unpunctuated lines above it ("Key events" atop a live page),
    # which sums up the reactions as well as the fighting.
    bodies = [p for p, k in zip(paragraphs, kinds, strict=True) if k == _BODY]
    first_body = next(
        (p for p in bodies if not unended_lines(p.text)), bodies[0] if bodies else None
    )
    lede_end = first_body.char_end if first_body else (paragraphs[0].char_end if paragraphs else 0)
    head = text[: paragraphs[0].char_start] if paragraphs else ""
    reference = published or find_date(head)
    return _Context(
        head=head,
        reference=reference,
        # The headline and the lede name the parties; the head's other lines
        # (source, licence, byline) name outlets, not parties.
        parties=frozenset(pair | _combatants(text))
        if (pair := war_pair(text[:lede_end]))
        else _parties(
            _headline_parties(_plain_caps(text.split("\n", 1)[0])),
            # The dateline names where the outlet files from, not who fights ("BEIJING,
            # Nov. 30 (Agency) -- China on Monday called on ...").
            _lede_parties(
                _plain_caps(first_body.text[dateline_end(first_body.text) :]) if first_body else ""
            )
            | _combatants(text),
        ),
    )


_CAPS_WORD_RE = re.compile(r"\b[A-Z]{4,}(?=['’]S\b|\b)(?:['’]S)?")


def _plain_caps(text: str) -> str:
    """A tabloid's words in capitals written as names are ("VENEZUELA'S socialist
    regime", "RUSSIAN tanks"); acronyms of three letters or fewer stay."""
    return _CAPS_WORD_RE.sub(lambda m: m[0].capitalize(), text)


def _parties(headline: set[str], fighting: set[str]) -> frozenset[str]:
    """The parties: the countries of the headline, the lede and the combat. When the lede
    and the combat name two or more, a state only the headline names is not one: its
    people are evacuated or its leader speaks ("... and Brits told to get out NOW")."""
    if len(fighting) >= 2:
        return frozenset(fighting)
    return frozenset(headline | fighting)


# A clause set off to describe a sentence's subject before its verb of saying ("Oslo, which
# brokered a ceasefire in 2002, said it was ready to help"): its past is the actor's, not
# the paragraph's subject.
_DESCRIBING_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<subject>[A-Z][\w.'’ -]{1,40}), (?:which|who|whose) [^,]{1,160}, "
    r"(?=(?:\w+ ){0,2}(?:said|says|told|called|urged|offered|added|warned|announced|"
    r"expressed|condemned)\b)"
)


@lru_cache(maxsize=_SCORE_CACHE)
def _history_score(text: str, ctx: _Context) -> int:
    text = _DESCRIBING_CLAUSE_RE.sub(r"\g<subject> ", text)
    score = sum(weight for pattern, weight in HISTORY_CUES if pattern.search(text))
    ref = ctx.reference
    for date, _, _ in full_dates(text):  # "on June 19, 2007"
        if ref is not None and date.year < ref.year:
            score += 2
    for m in _MONTH_ALONE_RE.finditer(text):
        # "in November" in a January story: last year's; "in March" in a July one:
        # months ago. The month just before the article's may still be the news.
        if ref is not None:
            month = _MONTH_NAMES.split("|").index(m["month"].casefold()) + 1
            if month > ref.month or month < ref.month - 1:
                score += 1
    for m in _YEAR_OF_EVENT_RE.finditer(text):
        if ref is None or int(m["year"]) < ref.year:
            score += 2
    for m in _PAST_YEAR_RE.finditer(text):
        year = int(m["year"])
        if ref is None or year < ref.year:
            score += 2
        elif m["month"] and year == ref.year:
            month = _MONTH_NAMES.split("|").index(m["month"].casefold()) + 1
            if month < ref.month - 1:  # months ago in the same year: background-ish
                score += 1
    return score


def _opens_with_state(sentence: str, ctx: _Context) -> bool:
    """The sentence's subject is an outside state by name or capital ("Washington
    said ...", "Romania, which borders ..., urged ...")."""
    # "The United States said ...", "A Qatari statement said ...", "Only Havana backed ..."
    opening = len(m[0]) if (m := _OPENING_WORD_RE.match(sentence)) else 0
    found = sorted(countries_in(sentence[:80]), key=lambda f: f[1])
    if not found or found[0][1] not in (0, opening) or found[0][0] in ctx.parties:
        return False
    # "Japan and Australia urged", "Chile, Peru and Brazil called": states side by side.
    end = found[0][2]
    for iso3, start, stop in found[1:]:
        if iso3 in ctx.parties or not _AND_RE.fullmatch(sentence[end:start]):
            break
        end = stop
    # The state itself is the subject ("Britain urged", "China has called", "Romania,
    # which ..."), not a modifier ("The U.S. military", "The Iran-backed militia").
    return bool(_STATE_VERB_RE.match(sentence[end:]))


_AND_RE = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
_THAT_CLAUSE_RE = re.compile(r"\sthat\s")
# Words that may stand before a sentence's subject.
_OPENING_WORD_RE = re.compile(
    r"(?:The|A|Only|Even|Also|Meanwhile,|Elsewhere,|Separately,|However,|Later,|Earlier,) "
)


_STATE_VERB_RE = re.compile(
    r"(?:['’]s\s+(?:[a-z]+\s+)?(?:government|leaders?|president|prime minister|"
    r"(?i:foreign (?:ministry|office|minister)))\b)?"
    r"(?:\s+(?:(?i:foreign ministry|government)\s+)?statement\b)?"
    # "The Indonesian government on Friday called ..."
    r"(?:\s+(?:government|authorities|leadership)\b)?\s*[\"“]?(?:,|"
    r"(?:has|have|had|is|was|will|would|could|also|again|on|said|says|urges|calls|warns|"
    r"condemns|accuses|welcomes|offers|stands|supports|rejects|demands|"
    r"put|puts|sent|sends|gave|took|kept|held|spoke|sought|set|shut|cut)\b|[a-z]+ed\b)"
)


_OF_STATE_RE = re.compile(
    r"\s+(?:[Aa]ffairs\s+)?"
    # the rest of a long brief: "... Foreign Affairs and International Cooperation of Italy"
    r"(?:and (?:[A-Z][a-z]+ ){1,3})?"
    rf"of\s+(?:the\s+)?{_STATE_STYLE}(?P<who>[A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)


def _office_outside(m: re.Match[str], before: str, ctx: _Context) -> bool:
    """Is a foreign office outside the parties? Its state is named before it ("Norway's
    foreign minister") or after it ("Ministry of Foreign Affairs of Georgia"); one
    without ("Foreign Minister Sergei Lavrov said") belongs to the state the paragraph
    before last named."""
    after = _OF_STATE_RE.match(m.string, m.end())
    # The word before may be none ("The Minister of Foreign Affairs ... of Italy").
    before_word = m["who"] if m["who"] and country_iso3(m["who"]) is not None else None
    who = before_word or (after["who"] if after else None)
    if who is not None and country_iso3(who) is not None:
        return country_iso3(who) not in ctx.parties
    # "In Buenos Aires, Foreign Minister X said ...": a state or capital named before
    # it in its sentence.
    clause = re.split(r"[.!?]\s+", m.string[: m.start()])[-1]
    named = sorted(countries_in(clause), key=lambda found: found[1])
    if named:
        return named[-1][0] not in ctx.parties
    named = sorted(countries_in(before), key=lambda found: found[1])
    return not named or named[-1][0] not in ctx.parties


# The one a party appeals to, or means to mislead, is no actor: "called on the
# international community to ...", "propaganda aimed at misleading the international community".
_ADDRESSEE_RE = re.compile(
    r"\b(?:call(?:ed|s|ing)? (?:on|upon)|urg(?:ed|es|ing|e)|appeal(?:ed|s|ing)? to|ask(?:ed|s)?|"
    r"invit(?:ed|es)|mislead(?:s|ing)?|misled|deceiv(?:e|es|ed|ing)|inform(?:s|ed|ing)?|to|"
    # "asked for an urgent meeting of the UN Security Council": the body is convened.
    r"(?:meeting|session|sitting)(?: of)?)"
    r"\s+(?:that\s+)?(?:the\s+)?$",
    _I,
)


# Names listed before an actor ("called on the international community, the Security
# Council and ..."; "called on the International Committee of the Red Cross"): the
# actor is one more of the addressees.
_LISTED_BEFORE_RE = re.compile(
    r"(?:(?:[A-Z][\w'’.-]*|of|the|for|and|international|community)(?:\s+|\s*,\s*))+$"
)


def _is_lead_in(text: str) -> bool:
    """A short line that introduces what follows it ("Here is how the world reacted:",
    "Here is how governments have responded.")."""
    if "\n" in text:
        return False
    # "Several countries have reacted. The following is a summary compiled by X."
    last = _SENTENCE_END_RE.split(text.strip())[-1]
    if _FOLLOWING_RE.match(last) and len(text.split()) <= 2 * LEAD_IN_MAX_WORDS:
        return True
    if len(text.split()) > LEAD_IN_MAX_WORDS:
        return False
    return text.endswith(":") or bool(LEAD_IN_RE.match(text) and _HOW_RE.search(text))


_HOW_RE = re.compile(r"\bhow\b[^.]*\.$", _I)
_FOLLOWING_RE = re.compile(r"^(?:the following|below) (?:is|are)\b", _I)


def _outside_heading(heading: str, ctx: _Context) -> bool:
    """A heading that is the name of a state outside the parties, or of an international
    body, alone ("CHINA", "European Union"): what follows is that actor's reaction."""
    name = heading.strip().rstrip(":").strip()
    if name.isupper():
        name = " ".join(w if len(w) <= 4 else w.title() for w in name.split())
    iso3 = country_iso3(name)
    if iso3 is not None:
        return iso3 not in ctx.parties
    if _STATES_GROUP_RE.fullmatch(name):
        return not (_countries_in(name) & ctx.parties)  # "Gulf States", "Baltic States"
    return any(p.fullmatch(name) for p in FOREIGN_ACTOR_CUES[:3])


# A group of states named as one ("Gulf States", "Western Governments").
_STATES_GROUP_RE = re.compile(
    r"(?:[A-Z][\w'’-]+ ){1,2}(?:States|Nations|Countries|Governments|Powers|Neighbours|Neighbors)"
)


def _outside_actor_named(text: str) -> bool:
    return any(
        not _ADDRESSEE_RE.search(_LISTED_BEFORE_RE.sub("", text[: m.start()]))
        for p in FOREIGN_ACTOR_CUES
        for m in p.finditer(text)
    )


_LABEL_BULLET_RE = re.compile(r"^[*•·]\s+")


def _outside_label(text: str, ctx: _Context) -> bool:
    """Does the paragraph open with the label of a state outside the parties, or of an
    international body? A factbox's bullet may come first ("* FRANCE: ...")."""
    text = _LABEL_BULLET_RE.sub("", text, count=1)
    end = label_end(text)
    if end is None:
        return False
    who = text[:end]
    if who.isupper():  # "TRINIDAD AND TOBAGO" as the name is written
        who = " ".join(
            w.lower() if k and w.lower() in ("and", "of", "the") else w.capitalize()
            for k, w in enumerate(who.split())
        )
    iso3 = country_iso3(who)
    if iso3 is not None:
        return iso3 not in ctx.parties
    return any(p.fullmatch(who) for p in FOREIGN_ACTOR_CUES)


# Aid agencies counting the dead, the displaced and the aid delivered report the news;
# only their words without figures may be a reaction ("UNICEF condemned ...").
_AID_AGENCY_RE = re.compile(
    r"\b(?:UNHCR|UNICEF|WFP|OCHA|IOM|UNFPA|ICRC|MSF|World Food Programme|World Health "
    r"Organi[sz]ation|International Organi[sz]ation for Migration|(?:International Committee "
    r"of the )?Red Cross|Red Crescent|Doctors Without Borders|M[ée]decins Sans Fronti[èe]res|"
    r"U\.?N\.?['’]?s? (?:(?:refugee|children['’]s|food|migration|humanitarian|health|aid) "
    r"(?:agency|fund|office|programme|program|organi[sz]ation|chief|coordinator)|"
    r"(?:Resident|Humanitarian)(?: and Humanitarian)? Coordinator|Children['’]s Fund|"
    r"High Commissioner for Refugees|Office for the Coordination of Humanitarian Affairs))\b",
    _I,
)


# A paragraph set in a state's capital, its speaker next: "In Paris, foreign ministry
# spokesman X said ...", "In Accra, President X wrote ...".
_IN_CAPITAL_RE = re.compile(
    r"^(?:In|From) (?P<who>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?:the |a |an )?(?:[A-Z][\w'’-]* )*"
    r"(?:[Pp]resident|[Pp]rime [Mm]inister|[Ff]oreign|[Mm]inist(?:er|ry)|[Gg]overnment|"
    r"[Ss]pokes(?:person|man|woman)|[Oo]fficials?|[Cc]hancellor|[Kk]ing|[Ee]mir|[Ss]ecretary|"
    r"[Ll]eaders?|[Pp]arliament)\b"
)


# A state telling its own people what to do: "has told British nationals in the north to
# leave", "advised Ghanaian citizens against travel".
_TOLD_NATIONALS_RE = re.compile(
    r"\b(?:told|tells|telling|advised|advises|urged|urges|ordered|asked|warned) "
    r"(?P<who>[A-Z][a-z]+) (?:nationals|citizens)\b"
)


@lru_cache(maxsize=_SCORE_CACHE)
def _outside_actors(text: str, ctx: _Context, before: str = "") -> tuple[bool, bool]:
    """Whether an outside state, its office or an outside body acts in the text, and
    whether an outside state is named as the actor."""
    if re.search(r"\d", text):  # figures: a report, not a reaction
        text = _AID_AGENCY_RE.sub(lambda m: " " * len(m[0]), text)
    outside_state = _outside_label(text, ctx) or any(
        (iso3 := country_iso3(m["who"])) is not None and iso3 not in ctx.parties
        for pattern in (_STATE_ACTOR_RE, _OFFICE_OF_RE)
        for m in pattern.finditer(text)
    )
    # A state as subject acts for itself; unlike its offices, its speech alone is
    # no reaction (a party's army may speak through it too).
    # ... or of a clause it reports ("The Prime Minister said that Finland would send").
    state_subject = any(
        _opens_with_state(clause, ctx)
        for s in _SENTENCE_END_RE.split(text)
        for clause in _THAT_CLAUSE_RE.split(s)
    )
    foreign_office = any(_office_outside(m, before, ctx) for m in _FOREIGN_OFFICE_RE.finditer(text))
    # "In Accra, President X wrote ...": the capital's state speaks; "told British
    # nationals to leave": a state outside looks after its own people.
    named_states = [m["who"] for m in _TOLD_NATIONALS_RE.finditer(text)]
    if (m := _IN_CAPITAL_RE.match(text)) is not None:
        named_states.append(m["who"])
    placed_state = any(
        (iso3 := country_iso3(who)) is not None and iso3 not in ctx.parties for who in named_states
    )
    actor = (
        outside_state
        or state_subject
        or foreign_office
        or placed_state
        or _outside_actor_named(text)
    )
    return actor, outside_state


@lru_cache(maxsize=_SCORE_CACHE)
def _foreign_score(text: str, ctx: _Context, before: str = "") -> int:
    actor, outside_state = _outside_actors(text, ctx, before)
    if not actor:
        return 0
    reactions = sum(1 for p in REACTION_CUES if p.search(text))
    # ... unless what it says is combat it fought: then it is a party.
    reactions += bool(outside_state and _SPEECH_RE.search(text) and not EVENT_CUES[1].search(text))
    # Both are needed: an outside actor reporting facts, or a party calling for
    # something, is not a foreign reaction.
    return 1 + reactions if reactions else 0


_QUOTED_RE = re.compile(r"[\"“][^\"“”]{12,}[\"”]")
# A dated entry of a timeline or digest: "February 27: Afghan forces fire ...".
# Also day and month in figures, as much of Europe writes them: "21.11 – Belarusian
# artillery shells Kuźnica".
_DATED_ENTRY_RE = re.compile(
    rf"^(?:(?P<date>{MONTH_DATE_RE})|(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.?(?:\d{{2,4}})?)"
    r"\s*[:–—-]\s"
)
# How far before the article's date an entry may be and still be this story's news.
RECENT_ENTRY_DAYS = 60


# An entry of a timeline dated by a year, or a month of a year: "2008 - ...",
# "January 2011 - ...", "The 1950s - ...".
_YEAR_ENTRY_RE = re.compile(
    r"^(?:the )?(?:(?:early|mid|late)[- ])?(?:(?P<month>[A-Z][a-z]{2,8})\.? )?"
    r"(?P<year>(?:1[89]|20)\d\d)s?\s*[:–—-]\s",
    _I,
)


def _old_entry(text: str, ctx: _Context) -> bool:
    """A timeline's entry dated by a year or a month long before the article: its past."""
    m = _YEAR_ENTRY_RE.match(text)
    if m is None or ctx.reference is None:
        return False
    month = month_number(m["month"]) if m["month"] else 12
    if month is None:
        return False
    end = dt.date(int(m["year"]), month, calendar.monthrange(int(m["year"]), month)[1])
    return (ctx.reference - end).days > RECENT_ENTRY_DAYS


def _recent_entry(text: str, ctx: _Context) -> bool:
    """A timeline entry dated in the weeks before the article: news, whatever the
    heading says ("Timeline of the fighting")."""
    m = _DATED_ENTRY_RE.match(text)
    if m is None or ctx.reference is None:
        return False
    if m["date"] is not None:
        date = parse_date(m["date"], default_year=ctx.reference.year)
    else:
        try:
            date = dt.date(ctx.reference.year, int(m["month"]), int(m["day"]))
        except ValueError:
            return False
        if date > ctx.reference:  # "21.12" in a January story: last year's December
            date = date.replace(year=date.year - 1)
    return date is not None and 0 <= (ctx.reference - date).days <= RECENT_ENTRY_DAYS


# A live entry's stamp opening its paragraph: "UPDATE 23:02: ", "BREAKING - ", "14:32 GMT - ".
_INLINE_STAMP_RE = re.compile(
    r"^(?:(?:UPDATE|UPDATED|BREAKING|LATEST|Update|Updated|Breaking|Latest)\b\s*"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?)?"
    r"|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s*)?)[:|–—-]\s+"
)


@lru_cache(maxsize=_SCORE_CACHE)
def _label(text: str, ctx: _Context, before: str = "") -> tuple[str, bool]:
    """A paragraph's type by content, and whether the content says so clearly
    (clear content wins over a heading's wording). A live entry's stamp before the
    content ("UPDATE 23:02: Greece has condemned ...") is no part of it."""
    # "21.11 – ..." may be a day and month as well as a time.
    recent_entry = _recent_entry(text, ctx)
    text = _INLINE_STAMP_RE.sub("", text, count=1)
    # "BEIJING, Nov. 30 (Agency) -- China on Monday called on ...": the sentence's
    # subject opens it once the dateline is read past.
    text = text[dateline_end(text) :]
    if _markets_report(text):
        return ("other", True)
    # The past a speaker recalls inside quote marks is no background of the paragraph.
    history = _history_score(_QUOTED_RE.sub(" ", text), ctx)
    foreign = _foreign_score(text, ctx, before)
    if _old_entry(text, ctx):
        return ("history", True)  # "2008 - The two governments sign the final maps"
    if recent_entry or _recent_entry(text, ctx):
        # A recent entry is news, or an outside state's reaction to it ("Nov. 15 - The
        # State Department urges both governments ..."); a paragraph of several entries
        # is typed by its first.
        first_entry = text.split("\n", 1)[0]
        reaction = _foreign_score(first_entry, ctx, before) >= 2
        return ("foreign_reactions", True) if reaction else ("events", True)
    # Today's time words mark fresh news; event verbs also fill background
    # ("who have killed hundreds this year"), so they weigh less.
    time_cue, verb_cue = EVENT_CUES
    events = 2 * len(time_cue.findall(text)) + 0.5 * len(verb_cue.findall(text))
    # A paragraph dated today or this week, or one that opens on the reported
    # event, is news whatever past it recalls.
    if _opens_with_news(text, ctx):
        return ("foreign_reactions", foreign >= CLEAR_SCORE) if foreign >= 2 else ("events", False)
    # One background cue is enough when nothing marks the paragraph as a report
    # of the news ("IS regularly targets Shi'ites", "Officials often blame ...").
    background = history >= 2 or (history == 1 and not _is_report(text))
    if text.lstrip()[:1] in _QUOTE_MARKS:
        background = False  # someone's words, whatever past they recall
    first = _SENTENCE_END_RE.split(text, maxsplit=1)[0]
    if _speaker_opening(first) and history < CLEAR_SCORE:
        # "Counsel for Argentina, Professor X, said Chilean drones had struck ... 'a lake
        # a tribunal gave to Argentina in 1994'": a speaker's argument, not background.
        background = False
    # A reaction first, its background after ("France condemned the offensive. France
    # withdrew its last troops in 2025."): the reaction is the paragraph's.
    # So is a call whose only past is the date that names a document ("calls on both to
    # respect the Presidential Act of October 26, 1998").
    first_named = _DOCUMENT_DATE_RE.sub(r"\g<doc>", first)
    if (
        foreign >= 2
        and (first != text or first_named != first)
        and _history_score(first_named, ctx) == 0
        and _foreign_score(first, ctx, before) >= 2
    ):
        return "foreign_reactions", foreign >= CLEAR_SCORE
    # A word of today in a paragraph that is mostly dated past ("... in 1991 ... in 1995
    # ... in 2021. Today its propagandists repeat ...") leaves it background.
    if (
        background
        and history > events
        and history >= foreign
        and (not time_cue.search(text) or history > 2 * events)
    ):
        return "history", history >= CLEAR_SCORE and events == 0
    if foreign >= 2:
        return "foreign_reactions", foreign >= CLEAR_SCORE
    return "events", False


def _markets_report(text: str) -> bool:
    """A paragraph on prices, shares and trade, with no event of the fighting in it."""
    if EVENT_CUES[1].search(text):
        return False
    instruments = {m.casefold() for m in MARKET_INSTRUMENTS.findall(text)}
    words = {m.casefold() for m in MARKET_WORDS.findall(text)}
    return (
        len(instruments) >= MARKET_MIN_INSTRUMENTS and len(instruments | words) >= MARKET_MIN_WORDS
    )


# A paragraph that opens on its speaker: a short run of words without a date, then the
# verb of speech ("Argentina's agent, Ambassador X, asked the court ...").
_SPEECH_OPENING_RE = re.compile(
    r"^(?P<who>[A-Z][^.;:\d\"“]{0,120}?)\s(?:said|says|told|asked|answered|argued|replied|"
    r"insisted|added|urged|noted|stressed|countered|contended|maintained)\b"
)
SPEAKER_OPENING_MAX_WORDS = 15


def _speaker_opening(sentence: str) -> bool:
    m = _SPEECH_OPENING_RE.match(sentence)
    return bool(
        m
        and len(m["who"].split()) <= SPEAKER_OPENING_MAX_WORDS
        and re.search(r"(?:^|\s)[A-Z]", m["who"])
        and not re.match(r"(?:In|On|Since|By|After|Before|During|Until)\b", m["who"])
    )


# A paragraph that opens with one of these is a quotation.
_QUOTE_MARKS = frozenset("\"“‘'")


# The news event itself as subject, narrated in the past: "The bombings hit ...",
# "The attack Thursday took place ...". Comparisons are in the present ("The
# fighting comes a year after ...", "The attacks are the deadliest since ...").
_EVENT_SUBJECT_RE = re.compile(
    r"^(?:The|These|This|Both|Those|Twin)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|incidents?|strikes?|airstrikes?|fighting|"
    r"clash(?:es)?|violence|shelling|raids?|ambush(?:es)?|assaults?|offensive)\b"
    r"(?:\s+\w+day)?\s+(?:\w+ly\s+)?(?:\w+ed|hit|took|came|began|left|struck|broke|was|were)\b"
)
_CLAUSE_END_RE = re.compile(r",|\b(?:that|which|who|whose|where|when)\b")
# A sentence ends at a stop before a capital, but not at a title's abbreviation or an
# initial ("Mr. Obama", "Lt. Gen. Haji", "U.S. President").
_SENTENCE_END_RE = re.compile(
    r"(?<=[.!?])(?<!\b[A-Z]\.)(?<!\b(?:Mr|Ms|Dr|St|Lt|Sr|Jr)\.)(?<!\b(?:Mrs|Gen|Col|Maj|Sgt|Gov|Sen|Rep)\.)"
    r"(?<!\b(?:Capt|Prof)\.)\s+(?=[A-Z\"“])"
)


def _opens_with_news(text: str, ctx: _Context) -> bool:
    """The paragraph opens on the reported event: the event as subject in the past,
    or a first sentence with an event verb and no background cue."""
    first = _SENTENCE_END_RE.split(text, maxsplit=1)[0]
    if _EVENT_SUBJECT_RE.match(text):
        # ... unless its own clause dates it in the past ("The fighting ended in 1994").
        return _history_score(_CLAUSE_END_RE.split(first, maxsplit=1)[0], ctx) < 2
    return first != text and bool(EVENT_CUES[1].search(first)) and _history_score(first, ctx) == 0


# Reported speech in the past tense: a report of the news, not background.
_REPORTED_RE = re.compile(
    r"\b(?:said|says|say|told|tells|tell|according to|reported|reports|announced|stated|claimed|blamed|denied|"
    r"describes|described|documents|documented|"
    r"confirmed|tweeted|reportedly)\b",
    _I,
)


def _is_report(text: str) -> bool:
    return bool(_QUOTE_OPENING_RE.match(text) or _REPORTED_RE.search(text))


def _smooth(
    labels: list[str],
    texts: Sequence[str],
    *,
    lead: bool,
    ctx: _Context | None = None,
    entries: Sequence[bool] = (),
) -> list[str]:
    """Per-paragraph labels, with the lede kept as news unless it opens on an
    outside actor's reaction (see module doc).

    A lone reaction or background paragraph keeps its type: short wire stories
    often carry one reaction paragraph, or close on one paragraph of background.
    A paragraph that only continues the speaker before it (it opens with a
    quotation, or "he said", or is a post the page embeds) keeps that speaker's reaction. A lone paragraph
    not dated today inside a stretch of background is background, and so is one
    without news signs that carries on the subject of the background before it
    or follows the background closing the story. Between two reactions, a paragraph
    that opens with another outside state is a reaction too. ``entries`` marks the
    paragraphs that open a live page's entry: no speaker carries on across a stamp.
    """
    labels = list(labels)
    opens_entry = list(entries) or [False] * len(labels)
    if not labels:
        return labels
    if (
        lead
        and not (
            labels[0] == "foreign_reactions"
            and (
                _opens_with_outside_actor(texts[0])
                # "Jakarta (Agency) - The Indonesian government on Friday called on ...": a
                # third state's agency leads with its own state's reaction
                or (ctx is not None and _opens_with_state(texts[0][dateline_end(texts[0]) :], ctx))
                # "The Ministry of Foreign Affairs expresses its deep concern ..." under a
                # masthead of an outside state's ministry: its release is its reaction.
                or (ctx is not None and _opens_with_foreign_office(texts[0], ctx))
            )
        )
    ):
        labels[0] = "events"  # the lede reports the news, unless it is a reaction story
    for i in range(1, len(labels)):
        if (
            labels[i] == "events"
            and labels[i - 1] == "foreign_reactions"
            and not opens_entry[i]
            and (
                _CONTINUES_SPEAKER_RE.search(_SENTENCE_END_RE.split(texts[i], maxsplit=1)[0])
                or POST_CREDIT_RE.search(texts[i])  # a post the page embeds, with its credit
                or _speaker_of_run(texts, labels, i)
                or _pronoun_reacts(texts[i])
            )
        ):
            labels[i] = "foreign_reactions"
    for i in range(1, len(labels) - 1):
        if (
            ctx is not None
            and labels[i] == "events"
            and labels[i - 1] == labels[i + 1] == "foreign_reactions"
            and _opens_with_state(texts[i], ctx)
        ):
            # Inside a stretch of reactions, what another outside state does is one too
            # ("Italy has sent a navy ship to pick up its citizens").
            labels[i] = "foreign_reactions"
    for i in range(1, len(labels) - 1):
        if (
            labels[i] == "events"
            and labels[i - 1] == labels[i + 1] == "history"
            and not _QUOTE_OPENING_RE.match(texts[i])
            and not _is_report(texts[i])  # "officials say ..." reports the news
            and not EVENT_CUES[0].search(texts[i])  # no word of today's time
            and not _EVENT_SUBJECT_RE.match(texts[i])
        ):
            labels[i] = "history"  # one recent step inside a stretch of background
    for i in range(1, len(labels)):
        if (
            labels[i] == "events"
            and labels[i - 1] == "history"
            and (labels[i + 1] == "history" if i + 1 < len(labels) else not lead)
            and _QUOTE_OPENING_RE.match(texts[i])
            and not EVENT_CUES[0].search(texts[i])
        ):
            labels[i] = "history"  # a voice on the background around it
    for i in range(1, len(labels)):
        if (
            labels[i] == "events"
            and labels[i - 1] == "history"
            and _same_subject(texts[i - 1], texts[i])
            and not _has_news_sign(texts[i])
        ):
            labels[i] = "history"  # more about the subject of the background before it
    if "history" in labels:
        # Background closing the story runs to its end when what follows it
        # reports nothing new ("X accuses Y of ... and has vowed to ...").
        tail = range(len(labels) - labels[::-1].index("history"), len(labels))
        if all(labels[i] == "events" and not _has_news_sign(texts[i]) for i in tail):
            for i in tail:
                labels[i] = "history"
    return labels


# "Abdelrahman said", "Varga added": a speaker by surname.
_NAMED_SPEAKER_RE = re.compile(
    r"\b(?P<name>[A-Z][\w'’-]{2,}) (?:also )?(?:said|says|added|told|stressed|insisted)\b"
)


def _ends_state_name(text: str) -> bool:
    """Does the text end with a state's name ("Sri Lanka", whose "Lanka" is no
    speaker's)?"""
    window = text[-30:]
    return any(end == len(window) for _, _, end in countries_in(window))


def _speaker_of_run(texts: Sequence[str], labels: list[str], i: int) -> bool:
    """Does the paragraph go on with someone who spoke in the run of reactions just
    before it ("Asked whether Egypt would send troops, Abdelrahman said ...")?"""
    names = {
        m["name"]
        for m in _NAMED_SPEAKER_RE.finditer(texts[i])
        if not _ends_state_name(texts[i][: m.end("name")])
    }
    names = {n for n in names if country_iso3(n) is None and not _OPENER_WORDS_RE.fullmatch(n)}
    j = i - 1
    while names and j >= 0 and labels[j] == "foreign_reactions":
        if any(re.search(rf"\b{re.escape(n)}\b", texts[j]) for n in names):
            return True
        j -= 1
    return False


def _has_news_sign(text: str) -> bool:
    return (
        _is_report(text)
        or bool(_EVENT_SUBJECT_RE.match(text))
        or any(p.search(text) for p in EVENT_CUES)
    )


_SUBJECT_RE = re.compile(r"[A-Z][\w'’-]{2,}")
_PRONOUN_SUBJECT_RE = re.compile(r"(?:It|They|He|She)\s")
# Capitalised sentence openers that name no subject.
_OPENER_WORDS_RE = re.compile(
    r"(?:The|This|These|That|Those|For|But|And|After|Before|While|When|During|Since|"
    r"Meanwhile|However|According|Earlier|Later|Apart|Despite|Although)"
)


def _same_subject(before: str, text: str) -> bool:
    """``text`` opens on the name that opens ``before``, or on a pronoun."""
    if _PRONOUN_SUBJECT_RE.match(text):
        return True
    m = _SUBJECT_RE.match(before)
    return m is not None and not _OPENER_WORDS_RE.fullmatch(m[0]) and text.startswith(m[0] + " ")


_QUOTE_OPENING_RE = re.compile(r"^[\"“‘']")
LEDE_ACTOR_WORDS = 5


def _opens_with_outside_actor(text: str) -> bool:
    """The sentence's subject is an outside actor ("A United Nations report says ...")."""
    opening = " ".join(text.split()[:LEDE_ACTOR_WORDS])
    return any(p.search(opening) for p in FOREIGN_ACTOR_CUES)


# A statement's next point whose subject is a pronoun: "2. They deplore the loss of life".
_PRONOUN_SUBJECT_RE = re.compile(r"^(?:They|He|She)\s")


def _pronoun_reacts(text: str) -> bool:
    """Does the paragraph open with a pronoun that reacts ("They call on both Governments
    ...")? It carries on the actor of the reaction before it."""
    text = text[m.end() :] if (m := BULLET_RE.match(text)) else text
    first = _SENTENCE_END_RE.split(text, maxsplit=1)[0]
    return bool(_PRONOUN_SUBJECT_RE.match(first)) and any(p.search(first) for p in REACTION_CUES)


# How far into the lede a foreign office may stand and still be its subject ("The ").
OFFICE_OPENING_CHARS = 4


def _opens_with_foreign_office(text: str, ctx: _Context) -> bool:
    """The lede's subject is the foreign office of a state outside the parties, named
    with it or in the head above ("MINISTRY OF FOREIGN AFFAIRS – BRAZIL")."""
    body = text[dateline_end(text) :]
    m = _FOREIGN_OFFICE_RE.search(body, 0, OFFICE_OPENING_CHARS + 60)
    if m is None or m.start() > OFFICE_OPENING_CHARS:
        return False
    head = _plain_caps(ctx.head)
    named = bool(m["who"] or _OF_STATE_RE.match(body, m.end()) or _countries_in(head))
    return named and _office_outside(m, head, ctx)


# A paragraph carrying on the previous speaker: it opens with a quotation, or its
# speaker is a pronoun or a bare courtesy title.
_CONTINUES_SPEAKER_RE = re.compile(
    r"^[\"“‘']|(?:\b(?:he|she|they)|^(?:He|She|They))\s+(?:also\s+)?"
    r"(?:said|says|added|told|warned|noted|wrote)\b|"
    r"^(?:Mr|Mrs|Ms)\.?\s+[A-Z]\w+\s+(?:said|says|added|is|was|also)\b|"
    # The body's unnamed voice: "A spokesperson said: ...", "The statement added ..."
    r"^(?:A|An|The|Its|Their)\s+(?:\w+\s+)?(?:spokes(?:person|man|woman)|statement|official)"
    r"\s+(?:also\s+)?(?:said|says|added|told|stated|noted)\b"
)


# --------------------------------------------------------------------- segmentation


def _past_heading(heading: str, ctx: _Context) -> bool:
    """A heading naming a year before the article's."""
    years = [int(y) for y in re.findall(rf"\b{_YEAR}\b", heading)]
    return bool(years) and ctx.reference is not None and max(years) < ctx.reference.year


def _news_under_background(named: str, label: str, text: str, ctx: _Context) -> bool:
    """News dated this week under a background heading ("Background: The fighting that
    began on Tuesday spread ...") stays news: background recalls no weekdays, only
    years and months."""
    return (
        named == "history"
        and label == "events"
        and bool(EVENT_CUES[0].search(text))
        and _history_score(text, ctx) == 0
    )


_TURN_RE = re.compile(r"^[^:\n]{1,40}:\s")


def _entry_title_type(
    paragraphs: Sequence[Paragraph], kinds: list[str], members: list[int], i: int
) -> str | None:
    """The section type the title of the live entry holding paragraph ``i`` names, if the
    entry has a title under its stamp and the title names one."""
    for j in reversed([m for m in members if m < i]):
        if kinds[j] != _STAMP:
            continue
        text = paragraphs[j].text
        if _STAMP_RE.match(text):
            return None  # the stamp itself: the entry has no title
        # Words it quotes are someone's, not the title's ("Finland: 'What happens in Narva
        # happens to us'").
        return classify_heading(_QUOTED_WORDS_RE.sub(" ", text))
    return None


_QUOTED_WORDS_RE = re.compile(r"[\"“‘'][^\"“”‘’]+[\"”’']")


def _region_heading_type(heading: Paragraph, members: list[int], kinds: list[str]) -> str | None:
    """The section type a region's heading names. A live entry's title over its time
    names its type by its own words, not those it quotes ("JCS: 'We struck the origin
    of fire'" is no history)."""
    text = heading.text
    if members and kinds[members[0]] == _STAMP:
        text = _QUOTED_WORDS_RE.sub(" ", text)
    return classify_heading(text)


# Of a briefing's answers, the share that must speak as an outside state for all of
# them to: the spokesman of a third state's ministry answers for it throughout.
OUTSIDE_ANSWER_SHARE = 0.5


def _outside_answerer(
    paragraphs: Sequence[Paragraph],
    body: list[int],
    labels: list[str],
    clear: list[bool],
    ctx: _Context,
) -> None:
    """Type as reactions, in place, the exchanges of a transcript whose answerer speaks
    as an outside state ("A: China is closely following ...", "A: According to the
    Chinese Embassy ...") in at least :data:`OUTSIDE_ANSWER_SHARE` of two or more
    answers: the questions put to it and every answer, unless clearly background."""
    turns: dict[str, list[int]] = {}
    for k in range(1, len(body)):
        asked = paragraphs[body[k - 1]].text
        m = _ANSWER_RE.match(paragraphs[body[k]].text)
        if m and (_TRANSCRIPT_QUESTION_RE.match(asked) or asked.rstrip().endswith("?")):
            turns.setdefault(m[0].rstrip(": ").casefold(), []).append(k)
    for answers in turns.values():
        outside = sum(
            _outside_actors(paragraphs[body[k]].text[len(m[0]) :], ctx)[0]
            for k in answers
            if (m := _ANSWER_RE.match(paragraphs[body[k]].text))
        )
        if len(answers) < 2 or outside < OUTSIDE_ANSWER_SHARE * len(answers):
            continue
        for k in answers:
            for turn in (k - 1, k):
                if not (clear[turn] and labels[turn] == "history"):
                    labels[turn] = "foreign_reactions"


def _asks(text: str) -> bool:
    """A paragraph that asks: it ends on a question, or is a question set in bold with
    a remark beside it ("**What do your neighbours say? Cameroon borders you both.**")."""
    t = text.strip()
    if _TURN_RE.match(t):
        return False  # a transcript's turn ("Imedi TV: ... How do you respond?")
    bold = t.startswith(("**", "__")) and t.endswith(("**", "__"))
    t = t.strip("*_ ").rstrip()
    return "\n" not in t and (t.endswith("?") or (bold and "?" in t))


@dataclass
class _Draft:
    section_type: str
    heading: Paragraph | None
    paragraphs: list[Paragraph]
    stamp: Paragraph | None = None  # a live entry's time stamp above its title


def segment_sections(
    text: str, paragraphs: Sequence[Paragraph], *, published_date: dt.date | None = None
) -> list[Section]:
    """Group body paragraphs into typed sections (see the module docstring).

    ``published_date`` (optional) dates the article so that only older years
    count as background; without it the first date in the head is used. The rules
    type every paragraph; the learned model of :mod:`newsledger.section_model`, where
    it is shipped, then retypes a body paragraph it is sure the rules got wrong.
    """
    if not paragraphs:
        return []
    typed = _rule_types(text, paragraphs, published_date)
    model = load_model()
    if model is not None:
        types = typed.types
        for i, features in _features(paragraphs, typed).items():
            if types[i] == "other" and _markets_report(paragraphs[i].text):
                continue  # the model never saw a markets report: the rule stands
            types[i] = model.retype(features, types[i])
        for i, kind in enumerate(typed.kinds):
            # A live page's time stamp still belongs to the entry under it.
            if kind == _STAMP and i + 1 < len(paragraphs) and typed.kinds[i + 1] == _BODY:
                types[i] = types[i + 1]
    return _assemble(paragraphs, typed)


def paragraph_features(
    text: str, paragraphs: Sequence[Paragraph], published_date: dt.date | None = None
) -> list[tuple[Paragraph, list[str]]]:
    """Each body paragraph with the features the section model reads: what the rules
    typed it and its neighbours, the content scores behind their choice, the heading
    over it, where it stands, and its words. Training reads these as prediction does."""
    if not paragraphs:
        return []
    typed = _rule_types(text, paragraphs, published_date)
    return [(paragraphs[i], f) for i, f in _features(paragraphs, typed).items()]


@dataclass
class _Typed:
    kinds: list[str]
    ctx: _Context
    regions: list[tuple[Paragraph | None, list[int]]]
    types: dict[int, str]  # every paragraph but the headings, by index


_WORD_RE = re.compile(r"[a-z]+")


def _features(paragraphs: Sequence[Paragraph], typed: _Typed) -> dict[int, list[str]]:
    kinds, ctx, types = typed.kinds, typed.ctx, typed.types
    heading_of: dict[int, str] = {}
    for heading, members in typed.regions:
        named = "none" if heading is None else str(_region_heading_type(heading, members, kinds))
        for i in members:
            heading_of[i] = named
    order = sorted(types)
    last = max(1, len(order) - 1)
    out: dict[int, list[str]] = {}
    for k, i in enumerate(order):
        if kinds[i] != _BODY:
            continue
        text = paragraphs[i].text
        before = _before(paragraphs, kinds, i)
        label, clear = _label(text, ctx, before)
        # The scores as _label reads them: without a live entry's stamp, the history
        # score without what is quoted.
        text = _INLINE_STAMP_RE.sub("", text, count=1)
        rule = types[i]
        prev = types[order[k - 1]] if k else "START"
        nxt = types[order[k + 1]] if k + 1 < len(order) else "END"
        named = _countries_in(text)
        features = [
            f"rule={rule}",
            f"label={label}",
            f"clear={clear}",
            f"prev={prev}",
            f"next={nxt}",
            f"heading={heading_of.get(i, 'none')}",
            f"rule_label={rule}_{label}",
            f"rule_prev={rule}_{prev}",
            f"rule_next={rule}_{nxt}",
            f"foreign={min(_foreign_score(text, ctx, before), 3)}",
            f"history={min(_history_score(_QUOTED_RE.sub(' ', text), ctx), 3)}",
            f"outside={min(len(named - ctx.parties), 3)}",
            f"parties={min(len(named & ctx.parties), 2)}",
            f"position={int(4 * k / last)}",
            f"quoted={bool(_QUOTED_RE.search(text))}",
            f"length={min(len(text) // 100, 5)}",
        ]
        features += [f"word={w}" for w in sorted(set(_WORD_RE.findall(text.lower())))]
        out[i] = features
    return out


def _rule_types(
    text: str, paragraphs: Sequence[Paragraph], published_date: dt.date | None
) -> _Typed:
    """The rules' type of every paragraph but the headings."""
    kinds = _kinds(paragraphs)
    ctx = _context(text, paragraphs, kinds, published_date)

    # Regions: runs of paragraphs under one heading (or none, before the first). A live
    # page's entry opens a region of its own: a heading inside one entry ("Statement by
    # the Ministry for Foreign Affairs of Finland") says nothing of the entries below it.
    regions: list[tuple[Paragraph | None, list[int]]] = []
    for i, kind in enumerate(kinds):
        if kind == _HEADING:
            regions.append((paragraphs[i], []))
        else:
            # ... but an entry's time right under its title is in the title's region.
            entry = kind == _STAMP and i > 0 and kinds[i - 1] not in (_STAMP, _HEADING)
            if not regions or (entry and regions[-1][0] is not None):
                regions.append((None, []))
            regions[-1][1].append(i)

    types: dict[int, str] = {}
    last_body: str | None = None
    last_asked = False  # the body paragraph before asked a question
    for r, (heading, members) in enumerate(regions):
        body = [i for i in members if kinds[i] == _BODY]
        scored = [_label(paragraphs[i].text, ctx, _before(paragraphs, kinds, i)) for i in body]
        named = _region_heading_type(heading, members, kinds) if heading is not None else None
        if heading is not None and READ_MORE_RE.fullmatch(heading.text.strip()):
            named = None  # "Related coverage" heads its links, not the story after them
        if named in (None, "events") and heading is not None and _past_heading(heading.text, ctx):
            named = "history"  # "What happened in 2014?" in a 2026 explainer
        if named is None and heading is not None and _outside_heading(heading.text, ctx):
            named = "foreign_reactions"  # "CHINA", "EUROPEAN UNION" in a world-reacts story
        if named is not None:
            news = [
                _news_under_background(named, label, paragraphs[i].text, ctx)
                for i, (label, _) in zip(body, scored, strict=True)
            ]
            dated = list(news)
            for k in range(1, len(news) - 1):
                # A report between two such paragraphs is the same news.
                news[k] = news[k] or (
                    dated[k - 1]
                    and dated[k + 1]
                    and scored[k][0] == "events"
                    and _history_score(paragraphs[body[k]].text, ctx) == 0
                )
            # A recent entry is clearly no background, but under a heading of reactions
            # ("DIPLOMACY") it is one of them ("Nov. 20 - Managua warns ...").
            entry = [
                named == "foreign_reactions" and _recent_entry(paragraphs[i].text, ctx)
                for i in body
            ]
            labels = [
                label if (clear and not under) or now else named
                for (label, clear), now, under in zip(scored, news, entry, strict=True)
            ]
        else:
            labels = _smooth(
                [label for label, _ in scored],
                [paragraphs[i].text for i in body],
                # A live page's entries have no lede: the first is only the latest.
                lead=heading is None and r == 0 and _STAMP not in kinds,
                ctx=ctx,
                entries=[i > 0 and kinds[i - 1] == _STAMP for i in body],
            )
            for k, i in enumerate(body):
                # A live entry's title names its paragraphs as a heading does ("10:20"
                # over "How did we get here?", "2h ago" over "World reacts: ...").
                titled = _entry_title_type(paragraphs, kinds, members, i)
                if titled is not None and not scored[k][1]:
                    labels[k] = titled
        for k in range(len(body) - 1):
            # An interviewer's question ("**What do your neighbours say?**") is about what
            # its answer, unlabelled below it, is about.
            if (
                not scored[k][1]
                and _asks(paragraphs[body[k]].text)
                and not _asks(paragraphs[body[k + 1]].text)
                and not _ANSWER_RE.match(paragraphs[body[k + 1]].text)
                and body[k + 1] == body[k] + 1
            ):
                labels[k] = labels[k + 1]
            elif (
                not scored[k][1]
                and scored[k][0] == "events"  # its own words point nowhere else
                and scored[k + 1][1]
                and _TURN_RE.match(paragraphs[body[k]].text.strip())
                and paragraphs[body[k]].text.rstrip().endswith("?")
                and _ANSWER_RE.match(paragraphs[body[k + 1]].text)
                and body[k + 1] == body[k] + 1
            ):
                # A transcript's question ("HOST: Why Baranja, and why now?") is about what
                # the answer under it clearly is.
                labels[k] = labels[k + 1]
        for k, i in enumerate(body):
            if (
                last_body is not None
                and last_asked
                and not scored[k][1]
                and _ANSWER_RE.match(paragraphs[i].text)
            ):
                # An answer in a transcript ("COL. TESFAYE: They have been saying this
                # for two years") goes on with the exchange it answers; a turn after one
                # that asked nothing ("PRESENTER: There has been alarm across the
                # region ...") is typed by its own words.
                labels[k] = last_body
            last_body = labels[k]
            last_asked = paragraphs[i].text.rstrip().endswith("?") or bool(
                _TRANSCRIPT_QUESTION_RE.match(paragraphs[i].text)
            )
        _outside_answerer(paragraphs, body, labels, [clear for _, clear in scored], ctx)
        types.update(zip(body, labels, strict=True))
        # A lead-in line belongs to what it introduces.
        for k, i in enumerate(members):
            if kinds[i] == _BODY and _is_lead_in(paragraphs[i].text):
                after = [types[j] for j in members[k + 1 :] if j in types and kinds[j] == _BODY]
                if after:
                    types[i] = after[0]
        # A live page's time stamp belongs to the entry under it.
        for k, i in enumerate(members):
            if kinds[i] == _STAMP and k + 1 < len(members) and kinds[members[k + 1]] == _READ_MORE:
                types[i] = "other"  # an entry that is a note on the page ("Update: This page ...")
            elif kinds[i] == _STAMP:
                after = [types[j] for j in members[k + 1 :] if j in types and kinds[j] == _BODY]
                earlier = [types[j] for j in members[:k] if kinds[j] in (_BODY, _STAMP)]
                if after or earlier:
                    types[i] = after[0] if after else earlier[-1]
        for i in members:
            if kinds[i] == _FACTBOX and _casualty_table(paragraphs[i].text):
                types[i] = "events"  # the dead and wounded in a table: the news in figures
            types.setdefault(i, "other")

    # A lead-in closing its region leads into the next one's first paragraph ("Here is
    # how the world has reacted:" above "UNITED NATIONS").
    for r, (_, members) in enumerate(regions[:-1]):
        body = [i for i in members if kinds[i] == _BODY]
        nxt = [i for i in regions[r + 1][1] if kinds[i] == _BODY]
        if body and nxt and _is_lead_in(paragraphs[body[-1]].text):
            types[body[-1]] = types[nxt[0]]

    return _Typed(kinds, ctx, regions, types)


def _assemble(paragraphs: Sequence[Paragraph], typed: _Typed) -> list[Section]:
    kinds, regions, types = typed.kinds, typed.regions, typed.types
    drafts: list[_Draft] = []
    last_kind = None
    carried: Paragraph | None = None
    for heading, members in regions:
        if not members:
            # A label over a heading ("PINNED" over "Here's what we know") opens the
            # section under them, as a live entry's stamp does.
            carried = carried or heading
            continue
        pending_heading = heading
        pending_stamp, carried = carried, None
        for k, i in enumerate(members):
            if _titled_entry(paragraphs, kinds, members, k + 1):
                pending_stamp = paragraphs[i]  # the stamp opens the titled entry's section
                continue
            if _titled_entry(paragraphs, kinds, members, k):
                # "16:31" over "Finland: 'What happens in Narva happens to us'": the
                # title is the heading of the entry's own section, as a sub-heading is.
                pending_heading = paragraphs[i]
                last_kind = kinds[i]
                continue
            section_type = types[i]
            # A caption, a factbox and a sources list side by side stay apart.
            other_kind = section_type == "other" and kinds[i] != last_kind and last_kind != _STAMP
            if kinds[i] == _FACTBOX_TITLE:
                # A factbox title heads its own "other" section; its items follow.
                drafts.append(_Draft("other", paragraphs[i], []))
            elif (
                pending_heading is None
                and drafts
                and drafts[-1].section_type == section_type
                and not (other_kind and last_kind != _FACTBOX_TITLE)
            ):
                drafts[-1].paragraphs.append(paragraphs[i])
            else:
                drafts.append(_Draft(section_type, pending_heading, [paragraphs[i]], pending_stamp))
            pending_heading = pending_stamp = None
            last_kind = kinds[i]

    sections = []
    for ordinal, d in enumerate(drafts):
        first = d.stamp or d.heading or d.paragraphs[0]
        last = d.paragraphs[-1] if d.paragraphs else first
        sections.append(
            Section(
                ordinal=ordinal,
                section_type=d.section_type,
                heading=d.heading.text.strip().rstrip(":").rstrip() if d.heading else None,
                char_start=first.char_start,
                char_end=last.char_end,
                paragraphs=tuple(d.paragraphs),
            )
        )
    return sections
