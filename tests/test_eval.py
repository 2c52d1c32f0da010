"""`newsledger eval` through the whole pipeline, with floors per fact type.

The floors are what the extraction must keep: a change that lowers a score
below its floor fails the build. The gold files are for measuring only; the
code finds every fact from the text.
"""

from __future__ import annotations

import pytest

from conftest import GOLD_SEED, PROJECT_ROOT
from newsledger.evaluate import combine, format_scores
from pipelines.runner import evaluate_gold, find_gold_articles

pytestmark = pytest.mark.slow

# (fact type, minimum recall, minimum precision)
SEED_FLOORS = [
    ("article", 1.0, 1.0),
    ("sections", 1.0, 1.0),
    ("persons", 0.95, 0.9),
    ("countries", 0.95, 0.9),
    ("places", 0.95, 0.9),
    ("organizations", 0.9, 0.8),
    ("mentions", 0.95, 0.95),
    ("roles", 0.85, 0.8),
    ("quotes", 1.0, 0.9),
    ("claims", 0.85, 0.8),
    ("reactions", 1.0, 0.9),
    ("timeline", 1.0, 0.9),
]
# The development split: rules are tuned on it, so these guard against regressions.
DEV_FLOORS = [
    ("published_date", 1.0, 1.0),
    ("sections", 0.85, 0.85),
    ("persons", 0.96, 0.97),
    ("countries", 0.95, 0.95),
    ("places", 0.8, 0.85),
    ("organizations", 0.85, 0.75),
    ("mentions", 0.9, 0.95),
    ("roles", 0.85, 0.95),
    ("quotes_found", 0.95, 0.95),
    ("quotes", 0.85, 0.85),
    ("claims_found", 0.8, 0.9),
    ("claims", 0.8, 0.9),
    ("reactions", 0.89, 0.89),
    ("timeline", 0.85, 0.9),
]
# The test split (tests/gold/test/): scored once, untouched, at the close of the first
# round of work on issue 10 (recall / precision: sections .45/.56, places .62/.74,
# quotes with speaker .78/.68, claims with claimant .61/.70, reactions .17/.25 on 6
# facts). Its misses were read in the second round to find failure classes, so
# these floors, just under its score since (sections .82/.87, places .91/.85,
# quotes .87/.75, claims .67/.76, reactions .67/.80), are a regression guard, no
# longer a held-out measure. Section recall stays under the issue's .85.
TEST_FLOORS = [
    ("published_date", 1.0, 1.0),
    ("sections", 0.8, 0.85),
    ("persons", 0.9, 0.85),
    ("countries", 0.95, 0.95),
    ("places", 0.85, 0.8),
    ("organizations", 0.85, 0.75),
    ("mentions", 0.85, 0.9),
    ("roles", 0.65, 0.85),
    ("quotes_found", 0.95, 0.85),
    ("quotes", 0.85, 0.7),
    ("claims_found", 0.78, 0.85),
    ("claims", 0.65, 0.75),
    ("reactions", 0.65, 0.75),
    ("timeline", 0.9, 0.85),
]

# Invented articles in outlet styles the corpus lacks (tests/fixtures/invented/): real
# countries in invented situations, none of them a reserved event. The dev half (odd
# numbers 01-19, and 29-40 in the styles the held-out set scored worst on: communiques,
# live pages, humanitarian updates, explainers, transcripts, round-ups, monitors; 41-48:
# a Security Council meeting, a press release, a press review, a photo gallery, a
# factbox, a briefing rewrite, an obituary, a two-state clash) was read to find failure
# classes; these floors sit just under its score (30 articles: sections .72/.71,
# organizations .79/.82, claims with claimant .69/.75, reactions .82/.86).
INVENTED_DEV_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.7, 0.7),
    ("persons", 0.96, 0.92),
    ("organizations", 0.84, 0.84),
    ("countries", 0.95, 0.95),
    ("places", 0.82, 0.83),
    ("quotes_found", 0.95, 0.95),
    ("quotes", 0.89, 0.89),
    ("claims_found", 0.87, 0.85),
    ("claims", 0.81, 0.79),
    ("reactions", 0.75, 0.8),
    ("timeline", 0.92, 0.90),
]
# The even numbers 02-20 were a held-out half until their misses were read (the last
# held-out score of all ten: sections .61/.53, claims with claimant .53/.59); now a
# regression guard like the dev half.
INVENTED_TEST_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.55, 0.5),
    ("persons", 0.9, 0.8),
    ("organizations", 0.87, 0.82),
    ("countries", 0.97, 0.97),
    ("places", 0.93, 0.91),
    ("quotes_found", 0.95, 0.9),
    ("quotes", 0.94, 0.94),
    ("claims_found", 0.75, 0.8),
    ("claims", 0.65, 0.65),
    ("reactions", 0.7, 0.8),
    ("timeline", 0.9, 0.85),
]
# The held-out set (21-28, tests/gold/invented_holdout/): written by someone who never
# read the code, scored by its summary table only, its misses never read. Its floors
# guard what it scored (first: sections .82/.82, places .68/.85, claims with claimant
# .46/.59, reactions .56/.76; last: places .74/.87, claims found .62/.74, claims with
# claimant .51/.61, persons .94/.84, organizations .78/.81; then organizations .80/.84,
# reactions .76/.90 when "UN Resident Coordinator" became a title) and are no target.
INVENTED_HOLDOUT_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.75, 0.75),
    ("persons", 0.9, 0.8),
    ("organizations", 0.75, 0.8),
    ("places", 0.7, 0.8),
    ("quotes_found", 0.95, 0.9),
    ("quotes", 0.8, 0.8),
    ("claims_found", 0.6, 0.65),
    ("claims", 0.5, 0.55),
    ("reactions", 0.7, 0.85),
    ("timeline", 0.9, 0.85),
]

# The second held-out set (49-56, tests/gold/invented_holdout2/): eight articles in the
# styles of the acceptance set (wire report, state-agency communique, live blog, world
# reactions round-up, regional outlet, explainer, broadcaster story, UN briefing),
# written by someone who never read the code, scored by its summary table only. First
# score, on the code before the rules that came with it (a374f84): claims with
# claimant .61/.71, reactions .54/.78, quotes with speaker .76/.69; at landing: claims
# .66/.76, reactions .55/.78, sections .79/.73, places .77/.70; at the session's end
# reactions .60/.81 (a rule for country-labelled paragraphs, the style the helper's
# summary named); a session later reactions .71/.81 (a "Key events" box is no lede).
# Its floors guard what it scored and are no target.
INVENTED_HOLDOUT2_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.75, 0.7),
    ("persons", 0.8, 0.75),
    ("organizations", 0.7, 0.7),
    ("places", 0.7, 0.65),
    ("quotes_found", 0.95, 0.85),
    ("quotes", 0.7, 0.65),
    ("claims_found", 0.87, 0.92),
    ("claims", 0.81, 0.85),
    ("reactions", 0.65, 0.75),
    ("timeline", 0.9, 0.8),
]

# The third invented development set (57-64, tests/gold/invented_dev2/): a communique,
# a live blog, a flash update, a reactions round-up, a regional outlet, a broadcaster,
# an explainer and a wire report, written by someone who never read the code. Its first
# score, blind, on the code of the day (6ec18b3): sections .57/.48, persons .77/.73,
# organizations .80/.76, places .69/.82, quotes .78/.80, claims found .64/.81, claims
# .43/.55, reactions .46/.67, timeline .85/.82. Developed on since; the floors guard
# the session's end (claims .61/.67, reactions .71/.76, quotes .90/.91).
INVENTED_DEV2_FLOORS = [
    ("published_date", 0.85, 0.95),
    ("sections", 0.7, 0.6),
    ("persons", 0.9, 0.85),
    ("organizations", 0.8, 0.75),
    ("places", 0.7, 0.8),
    ("quotes_found", 0.95, 0.95),
    ("quotes", 0.85, 0.85),
    ("claims_found", 0.7, 0.8),
    ("claims", 0.55, 0.6),
    ("reactions", 0.65, 0.7),
    ("timeline", 0.8, 0.8),
]

# The third held-out set (65-72, tests/gold/invented_holdout3/): eight articles in the
# acceptance set's styles, written by someone who never read the code, scored by its
# summary tables only. First score, blind, on the code at the start of the session that
# added it (5fa404e): sections .62/.49, persons .90/.81, organizations .69/.73, places
# .71/.74, quotes .80/.82, claims found .77/.83, claims .57/.60, reactions .49/.86,
# timeline .90/.87; at landing the same within .03 except reactions .54/.77. Its floors
# guard what it scored and are no target (claims .63/.64 since the thirteenth round).
INVENTED_HOLDOUT3_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.55, 0.45),
    ("persons", 0.85, 0.75),
    ("organizations", 0.74, 0.77),
    ("places", 0.79, 0.77),
    ("quotes_found", 0.95, 0.95),
    ("quotes", 0.84, 0.87),
    ("claims_found", 0.85, 0.81),
    ("claims", 0.76, 0.71),
    ("reactions", 0.5, 0.7),
    ("timeline", 0.85, 0.85),
]


# The fourth invented development set (73-80, tests/gold/invented_dev3/): a wire
# report, a state-agency release, a live page, a regional outlet, a reactions round-up,
# an explainer, a humanitarian update and a briefing write-up, written by someone who
# never read the code. Its first score, blind, on the code at the start of the session
# that added it (882cc3a): sections .40/.35, persons .84/.79, organizations .77/.69,
# places .70/.81, quotes .74/.77, claims found .79/.84, claims .57/.61, reactions
# .55/.71, timeline .78/.80; on that session's code before it was read (9b12d10) the
# same within .02. Developed on since; the floors guard the end of the session after
# (quotes .86/.85, claims .68/.71, reactions .73/.80, persons .93/.83).
INVENTED_DEV3_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.65, 0.5),
    ("persons", 0.95, 0.92),
    ("organizations", 0.75, 0.7),
    ("places", 0.65, 0.8),
    ("quotes_found", 0.95, 0.95),
    ("quotes", 0.8, 0.8),
    ("claims_found", 0.75, 0.8),
    ("claims", 0.65, 0.65),
    ("reactions", 0.77, 0.85),
    ("timeline", 0.9, 0.8),
]


# The fifth invented development set (81-88, tests/gold/invented_dev4/): a wire report, a
# state-agency communique, a live blog, a "world reacts" round-up, a regional outlet, an
# explainer, a broadcaster story and a UN briefing, written by someone who never read the
# code. Its first score, blind, on the code at the start of the session that added it
# (be88a9b): published dates 5 of 8, sections .50/.39, persons .94/.82, organizations
# .76/.83, places .76/.76, quotes .84/.79, claims found .74/.81, claims .63/.70,
# reactions .67/.71, timeline .80/.80; on that session's code before it was read
# (2e14fb8) the same. Developed on since; the floors guard the session's end
# (published dates 8 of 8, sections .56/.47, organizations .83/.87, quotes .92/.86,
# claims .75/.76, reactions .81/.82, timeline .98/.85).
INVENTED_DEV4_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.6, 0.55),
    ("persons", 0.9, 0.8),
    ("organizations", 0.8, 0.8),
    ("places", 0.75, 0.75),
    ("quotes_found", 0.95, 0.9),
    ("quotes", 0.85, 0.8),
    ("claims_found", 0.86, 0.82),
    ("claims", 0.82, 0.78),
    ("reactions", 0.75, 0.75),
    ("timeline", 0.95, 0.8),
]


# The sixth invented development set (89-96, tests/gold/invented_dev5/), in the manner of
# the coverage of large wars: an offensive's first day, a defence ministry's cumulative
# losses, a cross-border raid, a Security Council meeting, a battle for a capital, a
# federal offensive on a region, a question-and-answer explainer and a press conference,
# written by someone who never read the code. Its first score, blind (50916a4 and
# 9e027da the same): published dates 8 of 8, sections .74/.59, persons .97/.92,
# organizations .76/.82, places .67/.69, quotes .90/.83, claims found .73/.82, claims
# .65/.73, reactions .54/.80, timeline .95/.81. Developed on since; the floors guard the
# session's end (persons 1.00/.95, organizations .78/.86, places .71/.70, claims found
# .84/.84, claims .77/.77, reactions .80/.93).
INVENTED_DEV5_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.7, 0.55),
    ("persons", 0.95, 0.9),
    ("organizations", 0.83, 0.87),
    ("places", 0.85, 0.71),
    ("quotes_found", 0.95, 0.9),
    ("quotes", 0.85, 0.8),
    ("claims_found", 0.87, 0.80),
    ("claims", 0.85, 0.79),
    ("reactions", 0.75, 0.9),
    ("timeline", 0.9, 0.8),
]


# The seventh invented development set (97-104, tests/gold/invented_dev6/), one article in
# each outlet style the failures came from: a state agency's release, a tabloid live page,
# a datelined wire story, a regional outlet, a world-reacts round-up, a defence analysis, a
# UN humanitarian briefing and a day-after-invasion wire, written by someone who never read
# the code. Its first score, blind (fa80840): published dates 7 of 8, sections .51/.49
# (precision/recall), persons .94/.97, organizations .84/.83, places .76/.70, quotes
# .90/.91, claims found .86/.77, claims .72/.65, reactions .68/.59, timeline .65/.79.
# Developed on since; the floors guard the session's end (sections .69/.56, organizations
# .87/.87, places .81/.72, quotes .96/.98, claims .77/.70, reactions .91/.97, timeline
# .69/.90).
INVENTED_DEV6_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.6, 0.7),
    ("persons", 0.95, 0.9),
    ("organizations", 0.8, 0.8),
    ("places", 0.65, 0.75),
    ("quotes_found", 0.95, 0.95),
    ("quotes", 0.9, 0.9),
    ("claims_found", 0.75, 0.8),
    ("claims", 0.79, 0.82),
    ("reactions", 0.9, 0.85),
    ("timeline", 0.85, 0.6),
]


# The eighth invented development set (105-112, tests/gold/invented_dev7/), in styles the
# sets before lacked: a "what we know" explainer, a press conference, a day-by-day round-up,
# a local border-town paper, a translated state outlet, a Security Council meeting, a
# feature under misleading sub-headings and a wire story updated twice, written by someone
# who never read the code. Its first score, blind, on the code of the session's start
# (49b3bee): published dates 7 of 8, sections .63/.72 (precision/recall), persons
# .90/.88, organizations .67/.78, places .68/.73, quotes .69/.81, claims found .84/.84,
# claims .65/.65, reactions .86/.72, timeline .74/.90; at its end (organizations .71/.80,
# quotes .70/.82, the rest the same) the floors below.
INVENTED_DEV7_FLOORS = [
    ("published_date", 0.85, 0.95),
    ("sections", 0.65, 0.55),
    ("persons", 0.97, 0.97),
    ("organizations", 0.75, 0.65),
    ("places", 0.7, 0.65),
    ("quotes_found", 0.95, 0.8),
    ("quotes", 0.75, 0.65),
    ("claims_found", 0.8, 0.8),
    ("claims", 0.81, 0.78),
    ("reactions", 0.82, 0.89),
    ("timeline", 0.85, 0.7),
]


# The ninth invented development set (113-120, tests/gold/invented_dev8/), in styles the
# sets before lacked: a question-and-answer interview, a magazine analysis, a live page
# newest entry first, a press release, a web page kept with its clutter, a radio
# transcript, names as South-East Asian outlets write them and a translated story,
# written by someone who never read the code. Its first score, blind, on the code of the
# session's start (bc6571c): published dates 5 of 8, sections .27/.41 (precision/recall),
# persons .71/.75, organizations .69/.73, places .77/.66, quotes .76/.69, claims found
# .76/.72, claims .46/.43, reactions .83/.71, timeline .66/.72. At the session's end:
# published dates 8 of 8, sections .46/.56 (one gold file's captions retyped as the
# other sets type them), persons .82/.88, organizations .79/.77, places .76/.66, quotes
# .74/.73, claims .48/.46, reactions .87/.79, timeline .70/.93; the floors below.
INVENTED_DEV8_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.55, 0.5),
    ("persons", 0.91, 0.89),
    ("organizations", 0.80, 0.79),
    ("places", 0.73, 0.79),
    ("quotes_found", 0.9, 0.9),
    ("quotes", 0.82, 0.85),
    ("claims_found", 0.7, 0.75),
    ("claims", 0.45, 0.45),
    ("reactions", 0.75, 0.8),
    ("timeline", 0.9, 0.65),
]


# The tenth invented development set (121-128, tests/gold/invented_dev9/): the plain,
# common coverage of a large war's first days (wire copy, two state agencies, a
# broadcaster's live page, an explainer, a UN wrap, a neighbour's regional paper, a
# day-after analysis), written by someone who never read the code. Its first score,
# blind, on the code of the session's start (fcfd64c): sections .46/.57 (precision/
# recall), persons .86/.95, organizations .74/.70, places .75/.63, quotes .85/.86,
# claims found .79/.59, claims .53/.40, reactions .79/.61, timeline .71/.89. At the
# session's end: sections .58/.62, persons .86/.97, organizations .77/.71, places
# .76/.68, quotes .87/.89, claims found .80/.66, claims .51/.42, reactions .84/.73,
# timeline .72/.92; the floors below.
INVENTED_DEV9_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.65, 0.6),
    ("persons", 0.94, 0.92),
    ("organizations", 0.68, 0.73),
    ("places", 0.72, 0.72),
    ("quotes_found", 0.95, 0.95),
    ("quotes", 0.89, 0.87),
    ("claims_found", 0.77, 0.82),
    ("claims", 0.64, 0.68),
    ("reactions", 0.7, 0.8),
    ("timeline", 0.88, 0.68),
]


# The eleventh invented development set (129-136, tests/gold/invented_dev10/): a foreign
# ministry's briefing published as a transcript, a defence bulletin relayed by a state
# agency, a tabloid live page newest entry first, a world-reacts wire with one heading
# per state, a border county's paper, a public broadcaster's report, a Wikinews-style
# piece and a daily's analysis under misleading sub-headings, written and second-read by
# helpers who never read the code. Its first score, blind, on the code of the session's
# start (4659248): published dates 8 of 8, sections .56/.56 (precision/recall), persons
# .88/.97, organizations .77/.77, places .77/.78, quotes .84/.71, claims found .82/.73,
# claims .69/.62, reactions .86/.71, timeline .75/.91. At the session's end: sections
# .61/.64, persons .94/.97, organizations .79/.83, places .80/.83, quotes .87/.88, claims
# found .84/.75, claims .78/.70, reactions .85/.83, timeline .78/.95; the floors below.
INVENTED_DEV10_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.73, 0.7),
    ("persons", 0.93, 0.9),
    ("organizations", 0.8, 0.75),
    ("places", 0.8, 0.75),
    ("quotes_found", 0.97, 0.96),
    ("quotes", 0.90, 0.89),
    ("claims_found", 0.72, 0.8),
    ("claims", 0.73, 0.79),
    ("reactions", 0.84, 0.82),
    ("timeline", 0.90, 0.81),
]


# The twelfth invented development set (137-144, tests/gold/invented_dev11/): a
# president's address to the nation published in full, a broadcaster's "key events, day
# 5" list under thematic sub-headings, a think-tank's daily assessment with key takeaways
# and footnote marks, a report of a parliamentary debate, a round-up of officials'
# social-media posts, a former ambassador's opinion column, a fact-check desk's verdicts
# on viral claims and a wire story on refugees datelined in a third country's capital,
# written and second-read by helpers who never read the code. Its first score, blind,
# the same on the code of the session's start (88586a1) and after its first four
# commits (884d816): published dates 8 of 8, sections .30/.28 (precision/recall),
# persons .83/.87, organizations .76/.79, places .78/.70, quotes .61/.66, claims found
# .81/.63, claims .54/.42, reactions .79/.52, timeline .72/.92. After the session's rules
# (8fa5863): sections .35/.32, persons .84/.87, quotes found .92/.99, quotes .75/.81,
# claims .66/.51, reactions .74/.52 (the host state's reactions found, their speaker its
# ministry where the gold names the minister), the rest unchanged; the floors below.
INVENTED_DEV11_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.3, 0.33),
    ("persons", 0.86, 0.83),
    ("organizations", 0.78, 0.79),
    ("places", 0.76, 0.81),
    ("quotes_found", 0.97, 0.9),
    ("quotes", 0.82, 0.78),
    ("claims_found", 0.67, 0.79),
    ("claims", 0.55, 0.65),
    ("reactions", 0.77, 0.87),
    ("timeline", 0.88, 0.68),
]

# The thirteenth invented development set (145-152, tests/gold/invented_dev12/): an
# embedded correspondent's first-person dispatch, a G7 joint statement published in
# part by a wire, a satellite-imagery investigation, foreign nationals' evacuation, a
# hearing at the International Court of Justice, a regional summit's communique, a
# morning newsletter and a ceasefire's terms clause by clause. Written and
# second-read by helpers who read no code, scored blind at the session's start
# (cbdab33), R/P: sections .63/.59, persons .80/.75, organizations .71/.75, places
# .71/.78, quotes found .97/.96, quotes .80/.80, claims found .72/.82, claims
# .61/.69, reactions .68/.67, timeline .80/.78, published dates 7 of 8. After the
# session's rules (44bf318): sections .64/.61, persons .95/.87, organizations .76/.79,
# places .73/.79, quotes found .99/.95, quotes .87/.84, claims .66/.75, reactions
# .71/.74, timeline .91/.80, published dates 8 of 8; the floors below. Timeline
# recall .88 -> .87 with the section model: a methodology paragraph is now typed
# "other", as its gold has it, and the timeline reads no dates there; the one event
# lost ("We sent our findings ... on Tuesday") is one its gold marks "may be omitted".
INVENTED_DEV12_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.66, 0.62),
    ("persons", 0.94, 0.88),
    ("organizations", 0.73, 0.76),
    ("places", 0.7, 0.76),
    ("quotes_found", 0.96, 0.92),
    ("quotes", 0.84, 0.81),
    ("claims_found", 0.74, 0.83),
    ("claims", 0.68, 0.78),
    ("reactions", 0.68, 0.71),
    ("timeline", 0.87, 0.77),
]


# The fourteenth invented development set (153-160, tests/gold/invented_dev13/): the
# genres the acceptance set is drawn from, a tabloid's live page and its news story, a
# defence ministry's release carried by a state agency, a state agency's dispatch
# translated from French, an updated wire story, a wire correspondent's story and two
# regional outlets' English editions. Written and second-read by helpers who read no
# code, scored blind at the session's start (7d9d398), R/P: sections .34/.38, persons
# .88/.75, organizations .83/.75, places .65/.74, quotes found .93/.93, quotes .71/.71,
# claims found .81/.80, claims .54/.53, reactions .62/.76, timeline .72/.82, published
# dates 5 of 8. After the session's rules (3196eb1): sections .40/.42, persons
# 1.00/.87, organizations .84/.81, places .67/.77, quotes found .94/.93, quotes
# .84/.83, claims found .87/.80, claims .76/.71, reactions .67/.83, timeline .87/.80,
# published dates 8 of 8; the floors below.
INVENTED_DEV13_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.51, 0.52),
    ("persons", 0.97, 0.84),
    ("organizations", 0.83, 0.80),
    ("places", 0.64, 0.74),
    ("quotes_found", 0.91, 0.9),
    ("quotes", 0.85, 0.86),
    ("claims_found", 0.85, 0.77),
    ("claims", 0.77, 0.69),
    # 156's gold credits "Niamey and Ouagadougou, Bamako's partners within the AES,
    # affirmed in a joint statement ..." to the confederation; the extraction credits
    # the two states, as the gold of 68 and 256 does for the same wording.
    ("reactions", 0.71, 0.78),
    ("timeline", 0.9, 0.78),
]


# The fifteenth invented development set (161-168, tests/gold/invented_dev14/): a state
# agency's English dispatch, a broadcaster's world-reacts round-up, a public
# broadcaster's live page, a regional paper's print story, a wire story in its third
# update, an explainer under question heads, a humanitarian situation report and a
# party's national daily. Written and second-read by helpers who read no code, scored
# blind at the session's start (daca3e6), R/P: sections .65/.68, persons .96/.88,
# organizations .81/.75, places .72/.77, quotes found .97/.98, quotes .89/.90, claims
# found .77/.88, claims .57/.66, reactions .71/.81, timeline .91/.81, published dates 7
# of 8. After the session's rules (e4bed07): sections .74/.78, persons .98/.89,
# organizations .84/.77, places .75/.78, quotes found .99/.98, quotes .93/.92, claims
# found .77/.86, claims .73/.82, reactions .76/.80, timeline .97/.80, published dates 8
# of 8; the floors below.
INVENTED_DEV14_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.71, 0.75),
    ("persons", 0.96, 0.92),
    ("organizations", 0.81, 0.74),
    ("places", 0.77, 0.79),
    ("quotes_found", 0.96, 0.95),
    ("quotes", 0.91, 0.90),
    ("claims_found", 0.76, 0.85),
    ("claims", 0.74, 0.83),
    ("reactions", 0.81, 0.80),
    ("timeline", 0.94, 0.77),
]


# The sixteenth invented development set (169-176, tests/gold/invented_dev15/): a wire
# story republished as corrected, a tabloid's web story, a presidency's page of call
# readouts, a magazine feature, a humanitarian organisation's operational update, a
# broadcaster's interview transcript, a wire timeline and a regional site's English
# edition. Written and second-read by helpers who read no code, scored blind at the
# session's start (08cd4fe), R/P: sections .56/.52, persons .92/.77, organizations
# .77/.70, places .73/.77, quotes found .97/.93, quotes .82/.79, claims found .83/.88,
# claims .57/.61, reactions .55/.83, timeline .85/.71, published dates 7 of 8. After the
# session's rules (c1d48e9): sections .59/.56, persons .93/.80, organizations .78/.71,
# places .74/.77, quotes found .97/.93, quotes .84/.81, claims found .83/.88, claims
# .65/.69, reactions .62/.87, timeline .87/.73, published dates 8 of 8; the floors below.
# The next session's page notes and footers (948efec) took sections to .72/.64 and its
# titles of states in full (2edb4cf) reactions to .68/.86; those floors, and the
# sections floors of dev10, dev12 and dev13, were raised with them.
INVENTED_DEV15_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.69, 0.61),
    ("persons", 0.94, 0.84),
    ("organizations", 0.77, 0.74),
    ("places", 0.74, 0.76),
    ("quotes_found", 0.94, 0.9),
    ("quotes", 0.85, 0.83),
    ("claims_found", 0.8, 0.85),
    ("claims", 0.68, 0.71),
    ("reactions", 0.75, 0.84),
    ("timeline", 0.84, 0.7),
]


# The seventeenth invented development set (177-184, tests/gold/invented_dev16/): a radio
# programme's transcript, a regional daily's front page with its jump to page 4, a state
# agency's English service, a think-tank's weekly update, a UN News story, a live page with
# key points, a wire UPDATE 2 with a factbox and a news agency's report of a minister's
# statement to parliament. Written and second-read by helpers who read no code, scored
# blind at the session's start (549a2d8), R/P: sections .45/.42, persons .90/.88,
# organizations .84/.74, places .79/.81, quotes found .98/.98, quotes .82/.82, claims found
# .75/.84, claims .61/.69, reactions .57/.75, timeline .72/.75, published dates 6 of 8.
# After the session's rules (a234465): sections .66/.64, persons .94/.90, organizations
# .85/.76, places .79/.81, quotes .86/.85, claims found .85/.85, claims .75/.74, reactions
# .82/.79, timeline .97/.76, published dates 8 of 8; the floors below.
INVENTED_DEV16_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.61, 0.62),
    ("persons", 0.94, 0.90),
    ("organizations", 0.87, 0.78),
    ("places", 0.76, 0.78),
    ("quotes_found", 0.95, 0.95),
    ("quotes", 0.86, 0.86),
    ("claims_found", 0.85, 0.83),
    ("claims", 0.76, 0.75),
    ("reactions", 0.86, 0.82),
    ("timeline", 0.94, 0.73),
]


# The eighteenth invented development set (185-192, tests/gold/invented_dev17/): a
# tabloid's live blog, a wire story in its first update, a regional paper's web story with
# a picture gallery, a defence ministry's communiqué printed by a state agency, a public
# broadcaster's "What we know" explainer, a news site's morning newsletter, a world-reacts
# round-up and a magazine's interview with a foreign minister in bold questions. Written
# and second-read by helpers who read no code, scored blind at the session's start
# (f296599), R/P: sections .43/.40, persons .94/.88, organizations .88/.77, places
# .79/.85, quotes found .83/.96, quotes .74/.86, claims found .77/.90, claims .59/.70,
# reactions .65/.89, timeline .81/.68, published dates 7 of 8. After the session's rules
# (8b4766b): sections .67/.67, persons .96/.90, organizations .88/.79, places .81/.84,
# quotes found .94/.97, quotes .86/.89, claims found .81/.89, claims .74/.81, reactions
# .77/.88, timeline .90/.69, published dates 8 of 8; the floors below.
INVENTED_DEV17_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.64, 0.64),
    ("persons", 0.96, 0.89),
    ("organizations", 0.85, 0.76),
    ("places", 0.78, 0.81),
    ("quotes_found", 0.91, 0.94),
    ("quotes", 0.83, 0.86),
    ("claims_found", 0.82, 0.88),
    ("claims", 0.77, 0.82),
    ("reactions", 0.74, 0.85),
    ("timeline", 0.87, 0.66),
]


# The nineteenth invented development set (193-200, tests/gold/invented_dev18/): a national
# news agency's English site with "Read also" links and a Telegram statement, a general
# staff's daily operational update with running loss tallies, a state agency's report of a
# "law enforcement operation" against separatists, a community radio's witness-led web
# report, a monitoring desk's review of Telegram channels, a national daily's editorial, a
# disaster-management department's situation report with tables and a citizen-media
# round-up of bloggers. Written and second-read by helpers who read no code, scored blind
# at the session's start (46398ba), R/P: sections .53/.46, persons .89/.72, organizations
# .79/.75, places .68/.77, quotes found .99/.96, quotes .71/.68, claims found .72/.88,
# claims .40/.50, reactions .72/.83, timeline .98/.81, published dates 8 of 8. After the
# session's rules (fc9c668): persons .94/.78, organizations .81/.78, places .74/.77, quotes
# .77/.74, claims found .75/.89, claims .58/.69, reactions .81/.86, the rest unchanged;
# the floors below.
INVENTED_DEV18_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.50, 0.43),
    ("persons", 0.91, 0.81),
    ("organizations", 0.80, 0.75),
    ("places", 0.71, 0.74),
    ("quotes_found", 0.96, 0.93),
    ("quotes", 0.74, 0.71),
    ("claims_found", 0.74, 0.86),
    ("claims", 0.58, 0.67),
    ("reactions", 0.78, 0.83),
    ("timeline", 0.95, 0.84),
]


# The twentieth invented development set (201-208, tests/gold/invented_dev19/): a
# French-style agency's English wire, an American-style agency's story with section rules,
# a defence ministry's numbered "Information" release from a party, a broadcaster's live
# page with "Key points" and "What we know" boxes, a third country's regional paper at
# the border, a belligerent foreign minister's op-ed, a news agency's chronicle of the day
# and a diaspora site's translations of native-language media. Written and second-read
# by helpers who read no code, scored blind at the session's start (46398ba), R/P:
# sections .46/.44, persons .95/.94, organizations .82/.77, places .75/.78, quotes found
# .95/.97, quotes .80/.81, claims found .83/.90, claims .58/.63, reactions .75/.86,
# timeline .96/.75, published dates 8 of 8; blind again after the rules the session drew
# from invented_dev18 (b0c0f5e): organizations .83/.78, places .76/.78, the rest the same.
# After rules drawn from its own misses (fc9c668): claims found .85/.89, claims .64/.67,
# reactions .80/.84; the floors below.
INVENTED_DEV19_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.43, 0.41),
    ("persons", 0.96, 0.96),
    ("organizations", 0.83, 0.77),
    ("places", 0.74, 0.75),
    ("quotes_found", 0.92, 0.94),
    ("quotes", 0.77, 0.78),
    ("claims_found", 0.84, 0.88),
    ("claims", 0.70, 0.74),
    ("reactions", 0.87, 0.87),
    ("timeline", 0.93, 0.72),
]


# The twenty-first invented development set (209-216, tests/gold/invented_dev20/): a
# wire story with a two-city dateline and a closing credit, a state agency's report
# carrying a communiqué with its losses list, a British tabloid's live page, a regional
# paper in a border province, a public broadcaster's story with phrase sub-headings, an
# Asian state agency's report, an American cable network's live updates and an
# AFP-style wire with dash-framed cross-heads. Written and second-read by helpers who
# read no code, scored blind at the session's start (9851cd3), R/P: sections .31/.31,
# persons .90/.91, organizations .81/.81, places .68/.76 (before the gold dropped
# capitals named only as metonyms, the seed's convention), quotes .79/.72, claims
# .72/.76, reactions .81/.82, timeline .89/.76, published dates 7 of 8. After rules drawn
# from its own misses (f0ae91c): the floors below.
INVENTED_DEV20_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.49, 0.45),
    ("persons", 0.94, 0.90),
    ("organizations", 0.81, 0.83),
    ("places", 0.74, 0.75),
    ("quotes_found", 0.96, 0.88),
    ("quotes", 0.88, 0.84),
    ("claims_found", 0.82, 0.85),
    ("claims", 0.76, 0.78),
    ("reactions", 0.87, 0.80),
    ("timeline", 0.94, 0.81),
]


# The twenty-second invented development set (217-224, tests/gold/invented_dev21/): a
# wire story from Kampala, a Central Asian state agency's report of two ministries'
# statements, an American tabloid's live blog, a regional daily in a border state, an
# AP-style wire, a North African state agency's report of a presidency communiqué, a
# Gulf broadcaster's live page and a border city's paper. Written while the session drew
# rules from invented_dev20, and scored blind twice: at the session's start (9851cd3)
# and after those rules (6659266 with two more drawn from dev20, a toll put at a figure
# and a rank's abbreviation, then uncommitted), R/P both times: sections .36/.32, persons .92/.90,
# organizations .82/.79 (.82/.78 after), places .76/.76, quotes .86/.82, claims .67/.65,
# reactions .79/.75, timeline .79/.71, published dates 5 of 8: the rules drawn from one
# blind split did not carry to the next. After rules drawn from its own misses (long
# headlines, bylines, titled live entries; f0ae91c): the floors below.
INVENTED_DEV21_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.54, 0.48),
    ("persons", 0.94, 0.91),
    ("organizations", 0.81, 0.79),
    ("places", 0.75, 0.74),
    ("quotes_found", 0.96, 0.92),
    ("quotes", 0.83, 0.80),
    ("claims_found", 0.78, 0.76),
    ("claims", 0.64, 0.62),
    ("reactions", 0.86, 0.76),
    ("timeline", 0.93, 0.68),
]


# The twenty-third invented development set (225-232, tests/gold/invented_dev22/): a
# national daily of a country at war with a "Key developments" box, a UN news service's
# humanitarian story, a third country's agency's world-reacts round-up, a regional
# weekly's long-form report, an exile-run site on an army's war with a paramilitary in
# the capital, a public broadcaster's "What we know so far", a state agency's wire and a
# daily's report of a military press release. Written and second-read by helpers who
# read no code, scored blind at the session's start (f1b4712), R/P: sections .60/.54,
# persons .93/.83, organizations .84/.76, places .69/.75, quotes .87/.86, claims
# .73/.70, reactions .74/.89, timeline .87/.81, published dates 7 of 8. After rules drawn
# from its own misses (b4f598c and after): the floors below.
INVENTED_DEV22_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.75, 0.66),
    ("persons", 0.96, 0.91),
    ("organizations", 0.83, 0.78),
    ("places", 0.71, 0.74),
    ("quotes_found", 0.97, 0.96),
    ("quotes", 0.90, 0.89),
    ("claims_found", 0.84, 0.81),
    ("claims", 0.75, 0.72),
    ("reactions", 0.86, 0.88),
    ("timeline", 0.94, 0.81),
]


# The twenty-fourth invented development set (233-240, tests/gold/invented_dev23/): a
# British broadsheet's live page with a summary box, a rights group's press release with
# its methodology, an agency's timeline of a war, a news site's interview in questions
# and answers, a local television station's story around its video, a national daily's
# report of a rebel group's communiqué and the army's rebuttal, a Sunday paper's
# first-person feature and an Asian daily's morning newsletter of unrelated items.
# Written while the session drew rules from invented_dev22 and scored blind three times:
# at the session's start (f1b4712), after the first of those rules (c36f32a) and after
# all of them (b4f598c). R/P at the start: sections .57/.52, persons .96/.93,
# organizations .85/.76, places .75/.67, quotes .79/.77, claims .64/.63, reactions
# .75/.87, timeline .90/.83, published dates 7 of 8; after all the dev22 rules the same
# within .01 but organizations .86/.78 and timeline .90/.86. After rules drawn from its
# own misses (head lines, interview labels, desks of a newsletter): the floors below.
INVENTED_DEV23_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.59, 0.55),
    ("persons", 0.95, 0.93),
    ("organizations", 0.82, 0.78),
    ("places", 0.75, 0.68),
    ("quotes_found", 0.97, 0.94),
    ("quotes", 0.84, 0.83),
    ("claims_found", 0.81, 0.80),
    ("claims", 0.74, 0.73),
    ("reactions", 0.83, 0.87),
    ("timeline", 0.90, 0.83),
]


# The twenty-fifth invented development set (241-248, tests/gold/invented_dev24/): a
# news agency's wire with its contributors' line and update note, a broadcaster's live
# page with a "Here's what we know" box, a state agency's release of a defence
# ministry's numbered communique, a think-tank analyst's piece in a regional weekly, a
# public broadcaster's web story with an analysis box, an agency factbox of question
# heads, a humanitarian flash update and a translated agency story. Scored blind on
# ecaf50c's rules, alone and with the section model (trained without it, threshold
# 0.65): R/P sections .69/.57 and .67/.54 (section lines .87/.80 and
# .86/.79), persons .89/.86, organizations .89/.83, places .73/.77, quotes .92/.89,
# claims .63/.69, reactions .71/.72, timeline .88/.84, published dates 7 of 8; at the
# model's threshold of 0.7 its paragraphs were typed as by the rules alone. Then the
# model learned from it too, and rules were drawn from its misses (an office's note on
# its own report, help offered to both sides, the UN chief's spokesperson, a hyphenated
# given name, Algeria's army as reference data): reactions .79/.80, claims .66/.72,
# persons .90/.88, quotes .93/.90; the floors below.
INVENTED_DEV24_FLOORS = [
    ("published_date", 0.85, 0.95),
    ("sections", 0.71, 0.61),
    ("persons", 0.87, 0.85),
    ("organizations", 0.86, 0.8),
    ("places", 0.71, 0.76),
    ("quotes_found", 0.96, 0.93),
    ("quotes", 0.9, 0.87),
    ("claims_found", 0.79, 0.86),
    ("claims", 0.73, 0.79),
    ("reactions", 0.84, 0.80),
    ("timeline", 0.94, 0.81),
]


# The twenty-sixth invented development set (249-256, tests/gold/invented_dev25/): a
# wire's "world reacts" round-up under capitals headings, a British tabloid's live blog,
# a US government broadcaster's report on an army fighting a paramilitary in a capital,
# a citizen-media piece told through posts under a communications blackout, a wire's
# third update, a warring state's national daily, a public radio transcript and a
# wiki-news report with its sources. Scored blind on f30ba0f: R/P sections .77/.69,
# persons .93/.84, organizations .79/.84, places .83/.78, quotes .74/.70, claims
# .67/.70, reactions .68/.86, timeline .96/.82, published dates 8 of 8. Then rules were
# drawn from its misses (pulled quotes, an unnamed office's spokesman, states thanked in
# a list, liberated towns, a general staff named after its forces): quotes .79/.79,
# claims .72/.75, reactions .78/.87, persons .97/.86; the floors below.
INVENTED_DEV25_FLOORS = [
    ("published_date", 0.85, 0.95),
    ("sections", 0.74, 0.66),
    ("persons", 0.95, 0.84),
    ("organizations", 0.78, 0.83),
    ("places", 0.81, 0.75),
    ("quotes_found", 0.93, 0.93),
    ("quotes", 0.80, 0.76),
    ("claims_found", 0.78, 0.81),
    ("claims", 0.72, 0.74),
    ("reactions", 0.78, 0.85),
    ("timeline", 0.93, 0.82),
]


# The twenty-seventh invented development set (257-264, tests/gold/invented_dev26/): a
# third state's broadcaster reporting its foreign ministry's briefing, a US newspaper's
# live updates, a humanitarian body's press release, the UN's coverage of a Security
# Council meeting, a magazine feature, a regional paper at the front, a foreign
# ministry's release with a joint statement of guarantor states, and a wire's timeline.
# Scored blind on f30ba0f and on 79863b1 (this split's rules not yet drawn): R/P sections
# .46/.42 and .46/.42, persons .82/.90 and .83/.92, organizations .82/.79 both, places
# .82/.80 and .84/.80, quotes .80/.83 and .82/.83, claims .65/.67 and .66/.68,
# reactions .54/.81 and .55/.82, timeline .91/.78 both, published dates 7 of 8. Then
# rules were drawn from its misses (a joint statement's "They", a participle after a
# set-off report, a call naming an old accord): reactions .58/.70 (stances .71/.90);
# sections stay far below every other split (a third state's own release is its
# reaction; live entries under bylines).
INVENTED_DEV26_FLOORS = [
    ("published_date", 0.85, 0.95),
    ("sections", 0.51, 0.48),
    ("persons", 0.83, 0.90),
    ("organizations", 0.79, 0.76),
    ("places", 0.81, 0.77),
    ("quotes_found", 0.96, 0.94),
    ("quotes", 0.80, 0.79),
    ("claims_found", 0.83, 0.77),
    ("claims", 0.71, 0.66),
    ("reactions", 0.61, 0.67),
    ("timeline", 0.89, 0.77),
]


# The twenty-eighth invented development set (265-272, tests/gold/invented_dev27/): a
# regional body's ceasefire monitoring report, a third state's defence press briefing
# transcript, a financial wire's markets story, a broadsheet on a UN General Assembly
# vote, a warring state's agency carrying its president's address, a cable network's
# story built on social-media posts, a news site republishing a health ministry's
# casualty bulletin, and a regional paper on a diaspora rally.
# Scored blind on 87aa4e0: R/P sections .58/.55, persons .91/.89, organizations .92/.84,
# places .79/.79, quotes .64/.77, claims .54/.60, reactions .51/.64, timeline .71/.80,
# published dates 6 of 8.
INVENTED_DEV27_FLOORS = [
    ("published_date", 0.70, 0.95),
    ("sections", 0.58, 0.55),
    ("persons", 0.90, 0.91),
    ("organizations", 0.90, 0.81),
    ("places", 0.79, 0.79),
    ("quotes_found", 0.77, 0.93),
    ("quotes", 0.82, 0.84),
    ("claims_found", 0.82, 0.87),
    ("claims", 0.78, 0.82),
    ("reactions", 0.58, 0.65),
    ("timeline", 0.82, 0.80),
]


# The twenty-ninth invented development set (273-280, tests/gold/invented_dev28/): a
# wire's wrap-up, a US agency's "The Latest" page, a warring state's agency with its
# foreign ministry's statement and the reactions of friendly states, a public
# broadcaster's "what we know", an international broadcaster's day-three feature, a
# rights group's dispatch, a parliament's record of a minister's statement and
# questions, and a monitoring outlet's round-up of both sides' Telegram channels.
# Scored blind on a7b7d7d and on the session's starting code c41d838, with
# the same figures but one section line: R/P sections .60/.69, persons .92/.87,
# organizations .80/.79, places .74/.84, quotes .66/.80, claims .54/.60, reactions
# .61/.80, timeline .94/.79, published dates 8 of 8. Rules drawn from its misses then
# (titled statements, channel posts, dash credits): claims .68/.74, quotes found .82/.91.
INVENTED_DEV28_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.57, 0.68),
    ("persons", 0.91, 0.87),
    ("organizations", 0.78, 0.78),
    ("places", 0.71, 0.81),
    ("quotes_found", 0.89, 0.89),
    ("quotes", 0.82, 0.82),
    ("claims_found", 0.79, 0.86),
    ("claims", 0.75, 0.81),
    ("reactions", 0.65, 0.80),
    ("timeline", 0.91, 0.76),
]


# The thirtieth invented development set (281-288, tests/gold/invented_dev29/): a
# continental agency's translated English service, a British tabloid's first-day live
# page, a warring state's agency with its general staff's daily loss table, a regional
# radio's site on fighting inside a capital, a warring state's daily's live blog of
# titles over times, a state agency's defence briefing in indirect speech, a regional
# site's analysis with a context box, and a neighbouring state's regional paper on
# refugees at its border. Scored blind on the session's code before and after its
# first rules, the same but one organization: R/P sections .55/.58, persons .86/.89,
# organizations .82/.76, places .78/.80, quotes .83/.80, claims .67/.77, reactions
# .71/.84, timeline .74/.85, published dates 6 of 8. Then (titles over times, masthead
# date lines, a desk's slug with its time): sections .77/.71, timeline .94/.88,
# published dates 8 of 8.
INVENTED_DEV29_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.77, 0.71),
    ("persons", 0.81, 0.84),
    ("organizations", 0.80, 0.77),
    ("places", 0.76, 0.78),
    ("quotes_found", 0.95, 0.91),
    ("quotes", 0.78, 0.75),
    ("claims_found", 0.73, 0.84),
    ("claims", 0.72, 0.80),
    ("reactions", 0.75, 0.85),
    ("timeline", 0.89, 0.86),
]


# The thirty-first invented development set (289-296, tests/gold/invented_dev30/): a
# wire's write-through with its version note, a warring state's news site on the first
# day with "Read also" lines and a donation box, a neutral power's state agency on its
# foreign ministry's briefing, an aid group's field blog in the first person, a video
# agency's shotlist with soundbites, a broadsheet's dated chronology, a neighbouring
# state's regional daily on shells landing on its side, and an international
# broadcaster's live page under a pinned summary. Scored blind on the session's code
# before any rule was drawn from it, and on its code after dev29's rules, the same: R/P
# sections .63/.69, persons .91/.98, organizations .87/.77, places .83/.81, quotes
# .86/.84, claims .72/.73, reactions .83/.88, timeline .80/.88, published dates 7 of 8.
# Then (posted-at stamps, captions, a video header, short months, label lines, our
# teams' counts): sections .75/.78, quotes .89/.88, claims .74/.77, timeline .95/.84.
INVENTED_DEV30_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.70, 0.73),
    ("persons", 0.87, 0.94),
    ("organizations", 0.84, 0.75),
    ("places", 0.81, 0.79),
    ("quotes_found", 0.95, 0.94),
    ("quotes", 0.88, 0.87),
    ("claims_found", 0.85, 0.86),
    ("claims", 0.76, 0.77),
    ("reactions", 0.88, 0.83),
    ("timeline", 0.90, 0.79),
]


# The thirty-second invented development set (297-304, tests/gold/invented_dev31/): a
# big-city daily's front page with a jump line and its continuation, a national TV
# channel's evening-news transcript, a state agency's "News in brief" page, a public
# broadcaster's Q&A explainer under question headings, a weekly's interview labelled by
# initials, a data desk's "war in numbers" of figure lines and a table, a warring
# state's daily on its soldiers' funerals with the list of the fallen, and a foreign
# correspondent's diary of dated entries. Scored blind on the session's starting code:
# R/P sections .65/.51, persons .88/.82, organizations .87/.81, places .73/.72, quotes
# .74/.83, claims .45/.63, reactions .63/.85, timeline .89/.77, published dates 8 of 8.
# Then (figure lines, an interview by initials, lower thirds, a print page's jumps and
# its head set again): sections .67/.53, persons .90/.82, quotes .86/.85, claims .59/.72.
# At the session's end (and the ranks of roles.csv): sections .72/.67, persons .95/.85,
# quotes .89/.88, claims .63/.76, reactions .64/.86, timeline .90/.78.
INVENTED_DEV31_FLOORS = [
    ("published_date", 0.95, 0.95),
    ("sections", 0.60, 0.48),
    ("persons", 0.92, 0.84),
    ("organizations", 0.84, 0.80),
    ("places", 0.69, 0.68),
    ("quotes_found", 0.91, 0.91),
    ("quotes", 0.80, 0.81),
    ("claims_found", 0.70, 0.84),
    ("claims", 0.63, 0.76),
    ("reactions", 0.62, 0.83),
    ("timeline", 0.85, 0.73),
]


# The thirty-third invented development set (305-312, tests/gold/invented_dev32/): a
# regional radio's news script in capitals, a news site saved with its page clutter, a
# warring state's foreign ministry briefing transcript with questions by outlet, a think
# tank's daily update with footnotes, a translated wire dense with ranks and units, an
# agency's app alerts over the full story, an open-source desk's satellite analysis with
# coordinates, and a newspaper's "Ask our correspondent" Q&A. Scored blind on the
# session's starting code and on its last code, before any rule was drawn from it, the
# same but sections: R/P sections .38/.44, persons .74/.78, organizations .69/.84, places
# .67/.71, quotes .64/.71, claims .54/.57, reactions .71/.85, timeline .65/.86,
# published dates 6 of 8. Then (a saved page's chrome, a live session's hour, an office's
# label, readers' labels, ranks like "Lt-Gen"): persons .85/.83, quotes .80/.83, claims
# .60/.64, timeline .80/.85, published dates 8 of 8.
INVENTED_DEV32_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.53, 0.53),
    ("persons", 0.83, 0.86),
    ("organizations", 0.66, 0.82),
    ("places", 0.64, 0.72),
    ("quotes_found", 0.92, 0.94),
    ("quotes", 0.86, 0.88),
    ("claims_found", 0.78, 0.81),
    ("claims", 0.61, 0.64),
    ("reactions", 0.71, 0.82),
    ("timeline", 0.77, 0.83),
]


# The thirty-fourth invented development set (313-320, tests/gold/invented_dev33/): a
# wire's world-reaction round-up labelled in capitals, a broadsheet's hour-by-hour
# account of an offensive's first day, a general staff's numbered daily losses
# republished by its state agency, the attacker's defence ministry briefing on its state
# broadcaster, a UN news service's humanitarian story, a neighbour's regional paper on
# refugees at its border, a Wikinews-style report with its sources list, and a
# US-government-broadcaster-style story with a photo caption mid-text. Scored blind on
# the session's starting code: R/P sections .57/.65, persons .99/.97, organizations
# .83/.80, places .84/.79, quotes .89/.89, claims .58/.68, reactions .63/.81, timeline
# .89/.83, published dates 8 of 8. Then (labels in capitals, reports credited through
# "citing" and "colleagues at", hearsay passives, offices that go on as "he"): persons
# 1.00/.97, organizations .83/.82, places .84/.83, quotes .94/.94, claims .61/.72,
# reactions .84/.87, timeline .90/.84. A session later (a losses list an agency publishes
# in full is its issuer's, with its increases, labels and captives): sections .59/.71,
# organizations .85/.83, quotes .95/.95, claims .83/.88.
INVENTED_DEV33_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.57, 0.68),
    ("persons", 0.97, 0.94),
    ("organizations", 0.82, 0.81),
    ("places", 0.81, 0.80),
    ("quotes_found", 0.97, 0.97),
    ("quotes", 0.93, 0.93),
    ("claims_found", 0.83, 0.88),
    ("claims", 0.80, 0.85),
    ("reactions", 0.85, 0.87),
    ("timeline", 0.87, 0.82),
]


# The thirty-fifth invented development set (321-328, tests/gold/invented_dev34/): a
# tabloid's live page on a capital under attack, a UN spokesperson's noon briefing
# transcript, a think tank's daily campaign assessment, a former foreign minister's
# op-ed, a parliament's press release on a resolution, a national daily's report on a
# cross-border raid with the list of the dead, a health ministry's numbered casualty
# bulletin on a news site, and a wire factbox on a paramilitary force. Scored blind on
# the session's starting code: R/P sections .47/.46, persons .88/.82, organizations
# .85/.76, places .76/.77, quotes .84/.88, claims .53/.66, reactions .66/.93, timeline
# .89/.80, published dates 7 of 8. Then: organizations .86/.77, quotes .85/.89, claims
# .54/.68, reactions .72/.92, timeline .91/.78, published dates 8 of 8; the rest the
# same. A session later: claims .59/.74.
INVENTED_DEV34_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.53, 0.51),
    ("persons", 0.85, 0.79),
    ("organizations", 0.83, 0.76),
    ("places", 0.74, 0.75),
    ("quotes_found", 0.88, 0.92),
    ("quotes", 0.83, 0.87),
    ("claims_found", 0.80, 0.85),
    ("claims", 0.72, 0.77),
    ("reactions", 0.73, 0.89),
    ("timeline", 0.89, 0.78),
]


# The thirty-sixth invented development set (329-336, tests/gold/invented_dev35/): an
# international broadcaster's "what we know so far" explainer under question headings,
# a French wire's story filed from a capital under attack, a citizen-media piece under a
# communications blackout with posts rendered as quoted lines, a public broadcaster's
# diplomatic analysis with a key-facts box, a UN Security Council meetings-coverage
# release, a US regional paper's updated local story, a rights group's press release, and
# a daily's morning newsletter. Scored blind: R/P sections .58/.60, persons .86/.81,
# organizations .80/.76, places .83/.82, quotes .85/.85, claims .60/.65, reactions
# .76/.82, timeline .92/.77, published dates 8 of 8. At the session's end: persons
# .88/.85, organizations .81/.77, quotes .88/.88, claims .71/.76, reactions .80/.85; the
# rest the same.
INVENTED_DEV35_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.64, 0.67),
    ("persons", 0.86, 0.86),
    ("organizations", 0.79, 0.77),
    ("places", 0.80, 0.80),
    ("quotes_found", 0.96, 0.96),
    ("quotes", 0.85, 0.85),
    ("claims_found", 0.80, 0.84),
    ("claims", 0.72, 0.76),
    ("reactions", 0.83, 0.86),
    ("timeline", 0.89, 0.77),
]


# The thirty-seventh invented development set (337-344, tests/gold/invented_dev36/): a
# wire factbox of reactions labelled in capitals, a newspaper's dated timeline of a
# border dispute, a print interview with an ambassador, a long-form feature from a
# refugee reception town, a British wire's second-day story with its trailer, a third
# great power's state agency with its spokesperson's answers, a live page with key
# events and entries newest first, and a weekly magazine's long piece. Scored blind: R/P
# sections .61/.61, persons .92/.90, organizations .81/.82, places .82/.79, quotes
# .89/.89, claims .63/.73, reactions .61/.79, timeline .94/.84, published dates 8 of 8.
# At the session's end: sections .66/.68, persons .95/.90, organizations .83/.83, quotes
# .91/.91, claims .70/.81, reactions .76/.82; the rest the same.
INVENTED_DEV36_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.70, 0.72),
    ("persons", 0.92, 0.87),
    ("organizations", 0.80, 0.80),
    ("places", 0.79, 0.78),
    ("quotes_found", 0.96, 0.96),
    ("quotes", 0.89, 0.88),
    ("claims_found", 0.77, 0.87),
    ("claims", 0.74, 0.83),
    ("reactions", 0.80, 0.80),
    ("timeline", 0.91, 0.81),
]


# The thirty-eighth invented development set (345-352, tests/gold/invented_dev37/): an
# American wire's day-three story with its photo captions, the attacking side's state
# agency with "Read also:" lines, a British tabloid's live page, a neighbour's regional
# daily on refugees, a defence ministry's briefing transcript with reporters named in
# brackets, a UN humanitarian flash update, a wire wrap-up of several datelines, and a
# fact-check. Scored blind: R/P sections .78/.78, persons .86/.86, organizations
# .82/.76, places .80/.73, quotes .84/.85, claims .70/.69, reactions .71/.90, timeline
# .81/.83, published dates 7 of 8. At the session's end: persons .95/.90, organizations
# .82/.77, quotes .92/.90, claims .76/.75, reactions .82/.97, timeline .93/.81, published
# dates 8 of 8; the rest the same.
INVENTED_DEV37_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.75, 0.75),
    ("persons", 0.92, 0.87),
    ("organizations", 0.79, 0.74),
    ("places", 0.77, 0.71),
    ("quotes_found", 0.95, 0.93),
    ("quotes", 0.89, 0.87),
    ("claims_found", 0.81, 0.80),
    ("claims", 0.74, 0.73),
    ("reactions", 0.81, 0.94),
    ("timeline", 0.90, 0.78),
]


# The thirty-ninth invented development set (353-360, tests/gold/invented_dev38/): a TV
# network's web story, a parliamentary record of a minister's statement and members'
# questions, an open-source analysis of satellite images, a financial daily's
# markets-and-war story, a broadsheet's live blog oldest first, a state outlet's English
# edition, an Arab League summit report, and a "five things to know" list. Scored blind:
# R/P sections .58/.64, persons .89/.85, organizations .77/.71, places .84/.78, quotes
# .76/.83, claims .64/.73, reactions .61/.80, timeline .98/.84, published dates 8 of 8.
# At the session's end: sections .60/.64, persons .92/.89, organizations .77/.72, quotes
# .87/.87, claims .69/.77, reactions .66/.84, timeline .98/.85; the rest the same.
INVENTED_DEV38_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.62, 0.63),
    ("persons", 0.89, 0.86),
    ("organizations", 0.74, 0.71),
    ("places", 0.81, 0.75),
    ("quotes_found", 0.96, 0.96),
    ("quotes", 0.84, 0.84),
    ("claims_found", 0.78, 0.86),
    ("claims", 0.69, 0.77),
    ("reactions", 0.65, 0.81),
    ("timeline", 0.95, 0.82),
]


# The fortieth invented development set (361-368, tests/gold/invented_dev39/): a wire's
# first day of an invasion with several datelines, the attacking state's agency, a
# public broadcaster's web story with an analysis box, a "world reacts" round-up, a news
# analysis, a UN noon briefing's highlights, a neighbour's border-town paper, and a
# question-and-answer explainer. Scored blind: R/P sections .52/.59, persons
# .94/.82, organizations .85/.79, places .84/.77, quotes .88/.85, claims
# .60/.60, reactions .79/.80, timeline .96/.82, published dates 8 of 8. At the session's
# end: sections .61/.66, persons .96/.91, organizations .85/.80, quotes .89/.87, claims
# .67/.68, reactions .89/.88, timeline .96/.84; the rest the same.
INVENTED_DEV39_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.59, 0.63),
    ("persons", 0.93, 0.90),
    ("organizations", 0.85, 0.79),
    ("places", 0.82, 0.76),
    ("quotes_found", 0.97, 0.95),
    ("quotes", 0.88, 0.86),
    ("claims_found", 0.82, 0.80),
    ("claims", 0.71, 0.69),
    ("reactions", 0.86, 0.85),
    ("timeline", 0.93, 0.83),
]


# The forty-first invented development set (369-376, tests/gold/invented_dev40/): a
# British tabloid's live page newest first, the defending side's regional daily with
# photo captions, a wire's live updates oldest first, a neutral neighbour's national
# daily with a refugee's interview, a humanitarian news release from a besieged city, a
# state TV's full text of a president's address, a data desk's war in numbers, and the
# defending state's agency with its defence ministry's daily loss list. Scored blind:
# R/P sections .67/.65, persons .92/.77, organizations .78/.73, places .79/.78,
# quotes .72/.75, claims .49/.57, reactions .62/.74, timeline .90/.78,
# published dates 8 of 8. At the session's end: sections .73/.72, persons .97/.85,
# places .82/.78, quotes .91/.82, claims .66/.76, reactions .62/.80; the rest the same.
INVENTED_DEV40_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.70, 0.69),
    ("persons", 0.94, 0.83),
    ("organizations", 0.75, 0.71),
    ("places", 0.80, 0.75),
    ("quotes_found", 0.97, 0.86),
    ("quotes", 0.89, 0.79),
    ("claims_found", 0.73, 0.84),
    ("claims", 0.65, 0.75),
    ("reactions", 0.62, 0.78),
    ("timeline", 0.87, 0.77),
]


# The forty-second invented development set (377-384, tests/gold/invented_dev41/): an
# American wire's day of fighting, the defending government's press conference
# transcript, a Sunday magazine's long read, a daily's report of a parliament's sitting,
# an international radio's web story, a regional summit's communique under a news lede,
# a broadcaster's day-12 key events, and a rights group's press release. Scored blind:
# R/P sections .49/.41, persons .81/.73, organizations .84/.78, places .76/.80, quotes
# .63/.79, claims .61/.66, reactions .83/.91, timeline .94/.77, published dates 8 of 8.
# At the session's end: sections .52/.42, persons .94/.89, organizations .85/.80, places
# .78/.78, quotes .79/.90, claims .76/.79; the rest the same.
INVENTED_DEV41_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.54, 0.43),
    ("persons", 0.91, 0.86),
    ("organizations", 0.83, 0.78),
    ("places", 0.76, 0.77),
    ("quotes_found", 0.85, 0.97),
    ("quotes", 0.76, 0.87),
    ("claims_found", 0.82, 0.84),
    ("claims", 0.79, 0.80),
    ("reactions", 0.82, 0.91),
    ("timeline", 0.91, 0.76),
]


# The forty-third invented development set (385-392, tests/gold/invented_dev42/): a
# French wire's story from a third capital, a local TV station's web story, the attacking
# state's English-language daily, a morning newsletter, a fact check, a weekly round-up
# of dated items, a wire factbox of who backs whom, and an evening TV bulletin's
# transcript. Scored blind: R/P sections .41/.51, persons .94/.93, organizations
# .74/.69, places .79/.81, quotes .79/.83, claims .51/.59, reactions .77/.79, timeline
# .95/.69, published dates 8 of 8. At the session's end: sections .65/.62, organizations
# .74/.70, places .82/.81, quotes .87/.87, claims .53/.61, reactions .81/.78, timeline
# .96/.72, persons .94/.94.
INVENTED_DEV42_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.62, 0.59),
    ("persons", 0.91, 0.92),
    ("organizations", 0.73, 0.68),
    ("places", 0.81, 0.80),
    ("quotes_found", 0.97, 0.97),
    ("quotes", 0.84, 0.84),
    ("claims_found", 0.73, 0.85),
    ("claims", 0.53, 0.60),
    ("reactions", 0.79, 0.78),
    ("timeline", 0.93, 0.70),
]


# The forty-fourth invented development set (393-400, tests/gold/invented_dev43/): a
# Chinese state agency's dispatch, a British tabloid's web story, a "what we know so far"
# explainer, a neighbouring state's agency story, a Spanish agency's English service, a
# third state's foreign ministry statements page, a defence minister's Q&A interview, and
# a think tank's commentary with footnotes. Scored blind: R/P sections .62/.47, persons
# .92/.85, organizations .85/.87, places .83/.75, quotes .89/.88, claims .70/.70,
# reactions .70/.78, timeline .74/.72, published dates 6 of 8. At the session's end:
# organizations .88/.88, places .83/.76, quotes .96/.95, claims .79/.79, reactions
# .77/.81, the rest the same.
INVENTED_DEV43_FLOORS = [
    ("published_date", 0.72, 0.97),
    ("sections", 0.63, 0.45),
    ("persons", 0.89, 0.83),
    ("organizations", 0.85, 0.87),
    ("places", 0.80, 0.74),
    ("quotes_found", 0.97, 0.96),
    ("quotes", 0.93, 0.92),
    ("claims_found", 0.83, 0.82),
    ("claims", 0.78, 0.77),
    ("reactions", 0.74, 0.78),
    ("timeline", 0.71, 0.69),
]

# The forty-fifth invented development set (401-408, tests/gold/invented_dev44/): a
# public broadcaster's online story with an analysis box, a refugee agency's camp story, a
# monitoring site's translation of one channel's posts, a weekly magazine's analysis, the
# defending state's news agency, a photo gallery, a conflict institute's daily update,
# and a regional paper's print story with its jump. Scored blind: R/P sections .62/.61,
# persons .91/.85, organizations .84/.73, places .76/.76, quotes .85/.91, claims .50/.58,
# reactions .62/.81, timeline .86/.69, published dates 8 of 8. At the session's end:
# organizations .85/.74, places .76/.75, quotes .92/.91, claims .74/.75, reactions
# .77/.84, timeline .96/.71, the rest the same.
INVENTED_DEV44_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.60, 0.59),
    ("persons", 0.88, 0.86),
    ("organizations", 0.83, 0.71),
    ("places", 0.74, 0.73),
    ("quotes_found", 0.94, 0.93),
    ("quotes", 0.89, 0.88),
    ("claims_found", 0.80, 0.81),
    ("claims", 0.71, 0.72),
    ("reactions", 0.74, 0.81),
    ("timeline", 0.94, 0.69),
]


# The forty-sixth invented development set (409-416, tests/gold/invented_dev45/): a UN
# humanitarian flash update, a radio programme's transcript with recorded clips, a
# Russian state agency's dispatch, a defence ministry's press briefing transcript, a
# parliament's debate summary, a local news site with its readers' comments, a military
# media wing's press release, and an Indian television channel's web story. Scored blind:
# R/P sections .44/.42, persons .66/.79, organizations .78/.73, places .67/.70, quotes
# .65/.84, claims .50/.61, reactions .68/.85, timeline .54/.65, published dates 4 of 8.
# At the session's end: sections .46/.44, persons .88/.82, organizations .88/.79, places
# .75/.71, quotes .88/.89, claims .66/.71, reactions .74/.86, timeline .82/.67,
# published dates 7 of 8.
INVENTED_DEV45_FLOORS = [
    ("published_date", 0.85, 0.97),
    ("sections", 0.46, 0.42),
    ("persons", 0.85, 0.80),
    ("organizations", 0.85, 0.77),
    ("places", 0.72, 0.69),
    ("quotes_found", 0.94, 0.96),
    ("quotes", 0.85, 0.86),
    ("claims_found", 0.77, 0.82),
    ("claims", 0.65, 0.70),
    ("reactions", 0.71, 0.83),
    ("timeline", 0.79, 0.64),
]

# The forty-seventh invented development set (417-424, tests/gold/invented_dev46/): a
# French-language weekly's English edition, a rights group's press release, a
# correspondent's first-person reportage, a wire story updated through the day with its
# key dates and correction, an international broadcaster's web story, a machine-translated
# local article, a commander's obituary, and a Japanese broadcaster's short web story.
# Scored blind: R/P sections .57/.50, persons .95/.84, organizations .82/.77, places
# .83/.79, quotes .86/.85, claims .65/.61, reactions .82/.85, timeline .66/.68, published
# dates 5 of 8. At the session's end: sections .61/.56, organizations .81/.77, places
# .82/.80, quotes .92/.91, claims .71/.67, timeline .93/.76, published dates 8 of 8, the
# rest the same.
INVENTED_DEV46_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.58, 0.53),
    ("persons", 0.92, 0.81),
    ("organizations", 0.78, 0.76),
    ("places", 0.79, 0.77),
    ("quotes_found", 0.97, 0.96),
    ("quotes", 0.89, 0.88),
    ("claims_found", 0.79, 0.74),
    ("claims", 0.68, 0.64),
    ("reactions", 0.79, 0.82),
    ("timeline", 0.90, 0.74),
]


# The forty-eighth invented development set (425-432, tests/gold/invented_dev47/): an
# embassy's security alert, a peacekeeping mission's press release, a Chinese state
# agency's English dispatch, an analyst's email newsletter, an aid group's emergency appeal
# page, a news podcast's episode page, a news agency's story through its numbered
# versions, and a Pacific broadcaster's web story.
# Scored blind: R/P sections .33/.28, persons .96/.80, organizations .75/.69, places
# .77/.82, quotes .83/.77, claims .64/.75, reactions .80/.88, timeline .55/.67, published
# dates 4 of 8. At the session's end: sections .36/.29, persons .96/.81, quotes .86/.80,
# timeline .91/.76, published dates 8 of 8, the rest the same.
INVENTED_DEV47_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.33, 0.26),
    ("persons", 0.93, 0.81),
    ("organizations", 0.72, 0.66),
    ("places", 0.75, 0.80),
    ("quotes_found", 0.95, 0.88),
    ("quotes", 0.83, 0.77),
    ("claims_found", 0.76, 0.90),
    ("claims", 0.61, 0.72),
    ("reactions", 0.77, 0.85),
    ("timeline", 0.88, 0.73),
]

# The forty-ninth invented development set (433-440, tests/gold/invented_dev48/): a health
# ministry's casualty bulletin, a Nigerian daily's story, a trial's court report, a
# regional paper's report of a governor's press conference, an open-source tracker's daily
# map update, a foreign minister's Security Council speech, a Chinese state tabloid's
# story, and a government press bureau's page of releases.
# Scored blind: R/P sections .39/.33, persons .92/.76, organizations .78/.65, places
# .68/.73, quotes .80/.88, claims .36/.44, reactions .53/.83, timeline .88/.75, published
# dates 7 of 8. At the session's end: sections .39/.35, persons .97/.80, organizations
# .78/.66, quotes .91/.89, claims .53/.64, reactions .67/.84, timeline .96/.72, published
# dates 8 of 8.
INVENTED_DEV48_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.36, 0.32),
    ("persons", 0.94, 0.81),
    ("organizations", 0.76, 0.63),
    ("places", 0.65, 0.70),
    ("quotes_found", 0.97, 0.95),
    ("quotes", 0.88, 0.86),
    ("claims_found", 0.62, 0.76),
    ("claims", 0.50, 0.62),
    ("reactions", 0.64, 0.81),
    ("timeline", 0.93, 0.69),
]


# The fiftieth invented development set (441-448, tests/gold/invented_dev49/): a refugee
# agency's Geneva briefing notes, an encyclopedia article on a clash, a maritime security
# advisory, a wire agency's exclusive built on anonymous sources, a wiki's current-events
# portal, a foreign ministry's travel advice page, a defence ministry's intelligence thread
# reposted by a news site, and a parliament's written answer.
# Scored blind: R/P sections .24/.27, persons .74/.69, organizations .75/.74, places
# .66/.72, quotes .82/.69, claims .42/.64, reactions .73/.76, timeline .65/.62, published
# dates 6 of 8 (and 448's section rows failed validation). At the session's end:
# sections .30/.30, persons .76/.68, organizations .82/.72, places .73/.72, quotes
# .83/.79, claims .46/.66, reactions .73/.77, timeline .73/.69, published dates 7 of 8.
INVENTED_DEV49_FLOORS = [
    ("published_date", 0.85, 0.97),
    ("sections", 0.27, 0.27),
    ("persons", 0.73, 0.65),
    ("organizations", 0.79, 0.70),
    ("places", 0.70, 0.69),
    ("quotes_found", 0.96, 0.91),
    ("quotes", 0.80, 0.76),
    ("claims_found", 0.55, 0.80),
    ("claims", 0.43, 0.63),
    ("reactions", 0.73, 0.75),
    ("timeline", 0.73, 0.67),
]

# The fifty-first invented development set (449-456, tests/gold/invented_dev50/): a listed
# miner's stock-exchange announcement with a wire story, a sports site's story of a match
# moved by fighting, a church news service's story of an appeal for peace, a commission of
# inquiry's oral update to the Human Rights Council, a conflict monitor's monthly entries,
# an aviation news site's story of closed airspace, a think tank's event recap, and a
# newspaper's data-visualization page.
# Scored blind: R/P sections .43/.38, persons .88/.70, organizations .73/.79, places
# .71/.65, quotes .65/.67, claims .47/.57, reactions .65/.80, timeline .88/.68, published
# dates 7 of 8. At the session's end: sections .43/.38, persons .92/.76, organizations
# .73/.79, places .71/.65, quotes .78/.75, claims .52/.61, reactions .65/.80, timeline
# .88/.68, published dates 7 of 8.
INVENTED_DEV50_FLOORS = [
    ("published_date", 0.85, 0.97),
    ("sections", 0.40, 0.35),
    ("persons", 0.89, 0.76),
    ("organizations", 0.71, 0.76),
    ("places", 0.70, 0.67),
    ("quotes_found", 0.97, 0.93),
    ("quotes", 0.79, 0.75),
    ("claims_found", 0.72, 0.84),
    ("claims", 0.56, 0.65),
    ("reactions", 0.62, 0.77),
    ("timeline", 0.85, 0.65),
]

# The fifty-second invented development set (457-464, tests/gold/invented_dev51/): a
# permanent representative's letter to the Security Council, a regional peace and security
# council's communiqué, a fact-checking site's verdict, a television news script as filed,
# a bloc's declaration with its midday briefing, a newspaper's morning email newsletter, a
# press freedom group's statement, and a financial wire's markets story.
# Scored blind: R/P sections .52/.44, persons .83/.81, organizations .78/.68, places
# .81/.74, quotes .76/.67, claims .61/.65, reactions .45/.79, timeline .92/.66, published
# dates 7 of 8. At the session's end: sections .52/.44, persons .92/.87, organizations
# .78/.69, places .81/.75, quotes .85/.76, claims .76/.79, reactions .69/.67 (the states
# aligned with the bloc's declaration take all its stances, two of which the gold only
# accepts), timeline .92/.66, published dates 7 of 8.
INVENTED_DEV51_FLOORS = [
    ("published_date", 0.85, 0.97),
    ("sections", 0.49, 0.41),
    ("persons", 0.89, 0.84),
    ("organizations", 0.76, 0.67),
    ("places", 0.78, 0.72),
    ("quotes_found", 0.95, 0.84),
    ("quotes", 0.82, 0.73),
    ("claims_found", 0.82, 0.86),
    ("claims", 0.73, 0.77),
    ("reactions", 0.70, 0.68),
    ("timeline", 0.89, 0.63),
]

# The fifty-third invented development set (465-472, tests/gold/invented_dev52/): an
# international court's press release on provisional measures, a Red Cross operational
# update, a parliament's record of an urgent question, a migration agency's displacement
# flash report, a police force's press release with a regional paper's follow-up, a UN
# spokesperson's noon briefing transcript, a rights group's report summary, and a former
# diplomat's opinion column.
# Scored blind: R/P sections .43/.43, persons .81/.87, organizations .84/.69, places
# .83/.69, quotes .79/.83, claims .47/.56, reactions .52/.78, timeline .92/.73, published
# dates 7 of 8. At the session's end: sections .43/.43, persons .84/.89, organizations
# .86/.70, places .83/.70, quotes .81/.85, claims .59/.71, reactions .52/.78, timeline
# .92/.73, published dates 7 of 8.
INVENTED_DEV52_FLOORS = [
    ("published_date", 0.85, 0.97),
    ("sections", 0.40, 0.40),
    ("persons", 0.93, 0.87),
    ("organizations", 0.83, 0.68),
    ("places", 0.80, 0.72),
    ("quotes_found", 0.88, 0.93),
    ("quotes", 0.80, 0.85),
    ("claims_found", 0.67, 0.81),
    ("claims", 0.58, 0.70),
    ("reactions", 0.60, 0.80),
    ("timeline", 0.89, 0.70),
]


# The fifty-fourth invented development set (473-480, tests/gold/invented_dev53/): an
# international prosecutor's statement, a food security alert, a maritime security
# advisory with a shipping paper's story, a foreign ministry's travel advice page, a
# parliament committee's inquiry report, a church news agency's story of an appeal for
# peace, a national human rights commission's statement, and a student newspaper's story.
# Scored blind: R/P sections .26/.27, persons .85/.76, organizations .80/.65, places
# .82/.73, quotes .90/.86, claims .59/.57, reactions .58/.88, timeline .87/.68, published
# dates 7 of 8. At the session's end: sections .26/.27, persons .85/.76, organizations
# .80/.69, places .82/.73, quotes .90/.86, claims .66/.62, reactions .66/.89, timeline
# .90/.71, published dates 7 of 8.
INVENTED_DEV53_FLOORS = [
    ("published_date", 0.85, 0.97),
    ("sections", 0.23, 0.24),
    ("persons", 0.82, 0.75),
    ("organizations", 0.78, 0.66),
    ("places", 0.79, 0.70),
    ("quotes_found", 0.97, 0.93),
    ("quotes", 0.87, 0.83),
    ("claims_found", 0.82, 0.77),
    ("claims", 0.64, 0.60),
    ("reactions", 0.68, 0.87),
    ("timeline", 0.87, 0.68),
]

# The fifty-fifth invented development set (481-488, tests/gold/invented_dev54/): a UN
# human rights office's briefing notes, the text of a ceasefire agreement, an encyclopedia
# article, a defence weekly's analysis of equipment losses, a newspaper's letters page, a
# labour news site's page of a union's and a chamber's statements, a television debate's
# transcript, and a travel trade site's story of closed airspace.
# Scored blind: R/P sections .33/.31, persons .74/.56, organizations .84/.75, places
# .73/.68, quotes .83/.78, claims .50/.67, reactions .45/.72, timeline .94/.65, published
# dates 8 of 8. At the session's end: sections .33/.31, persons .74/.57, organizations
# .84/.76, places .74/.68, quotes .84/.79, claims .50/.67, reactions .47/.81, timeline
# .94/.65, published dates 8 of 8.
INVENTED_DEV54_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.30, 0.28),
    ("persons", 0.73, 0.60),
    ("organizations", 0.84, 0.74),
    ("places", 0.71, 0.66),
    ("quotes_found", 0.94, 0.86),
    ("quotes", 0.84, 0.77),
    ("claims_found", 0.61, 0.81),
    ("claims", 0.52, 0.69),
    ("reactions", 0.44, 0.78),
    ("timeline", 0.91, 0.62),
]


# The fifty-sixth invented development set (489-496, tests/gold/invented_dev55/): a world
# court's press release on provisional measures, a finance ministry's sanctions
# designations, a news agency's flash ticker and full story, a news podcast's episode
# page, a weekly news magazine's briefing, a Red Cross operational update, an army's daily
# operational press release, and a business daily's story of supply chains hit.
# Scored blind: R/P sections .46/.43, persons .75/.75, organizations .83/.62, places
# .79/.71, quotes .71/.71, claims .57/.63, reactions .54/.83, timeline .93/.75, published
# dates 7 of 8. At the session's end: sections .46/.43, persons .92/.80, organizations
# .83/.66, places .79/.73, quotes .76/.76, claims .65/.69, reactions .57/.87, timeline
# .93/.75, published dates 7 of 8.
INVENTED_DEV55_FLOORS = [
    ("published_date", 0.85, 0.97),
    ("sections", 0.43, 0.40),
    ("persons", 0.89, 0.77),
    ("organizations", 0.80, 0.63),
    ("places", 0.76, 0.70),
    ("quotes_found", 0.94, 0.94),
    ("quotes", 0.73, 0.73),
    ("claims_found", 0.71, 0.75),
    ("claims", 0.62, 0.66),
    ("reactions", 0.54, 0.84),
    ("timeline", 0.90, 0.72),
]

# The fifty-seventh invented development set (497-504, tests/gold/invented_dev56/): a
# medical charity's project update, a pan-African weekly's long story, an embassy's
# security alert with a local paper's story, a regional daily's front page, a radio
# station's hourly bulletin script, a parliament's record of a minister's statement, a
# regional television network's web video story, and a diaspora community news site's
# story.
# Scored blind: R/P sections .37/.35, persons .76/.75, organizations .80/.77, places
# .79/.71, quotes .80/.81, claims .55/.54, reactions .59/.75, timeline .98/.70, published
# dates 8 of 8. At the session's end: sections .37/.35, persons .93/.85, organizations
# .82/.79, places .79/.72, quotes .85/.87, claims .64/.63, reactions .65/.81, timeline
# .98/.70, published dates 8 of 8.
INVENTED_DEV56_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.34, 0.32),
    ("persons", 0.90, 0.82),
    ("organizations", 0.79, 0.76),
    ("places", 0.76, 0.69),
    ("quotes_found", 0.92, 0.94),
    ("quotes", 0.82, 0.84),
    ("claims_found", 0.76, 0.74),
    ("claims", 0.61, 0.60),
    ("reactions", 0.62, 0.78),
    ("timeline", 0.95, 0.67),
]


# The fifty-eighth invented development set (505-512, tests/gold/invented_dev57/): a state
# news agency's English-service dispatch, a tabloid's live blog, a border province's
# regional daily, a wire's world-reacts round-up, a defence ministry's briefing
# transcript, a regional weekly's long feature, a wire story's second update with its
# correction, and a public broadcaster's web story with an analysts' panel.
# Scored blind: R/P sections .62/.56, persons .94/.84, organizations .83/.79, places
# .70/.78, quotes .77/.77, claims .61/.67, reactions .75/.85, timeline .85/.71, published
# dates 7 of 8. At the session's end: sections .66/.61, persons .96/.87, organizations
# .83/.80, places .72/.79, quotes .85/.82, claims .71/.77, reactions .75/.83, timeline
# .93/.77, published dates 8 of 8.
INVENTED_DEV57_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.63, 0.58),
    ("persons", 0.92, 0.84),
    ("organizations", 0.80, 0.76),
    ("places", 0.68, 0.76),
    ("quotes_found", 0.95, 0.92),
    ("quotes", 0.81, 0.79),
    ("claims_found", 0.77, 0.84),
    ("claims", 0.67, 0.73),
    ("reactions", 0.71, 0.80),
    ("timeline", 0.89, 0.73),
]

# The fifty-ninth invented development set (513-520, tests/gold/invented_dev58/): a
# foreign ministry's statement on two other states' fighting with a news site's report,
# a news site's live page in the order posted, a tabloid's single story, a regional
# weekly's English edition, a wire's factbox of key facts, a state agency's text of a
# presidential address, a humanitarian newsroom's story of the displaced, and an evening
# paper's round-up of the day.
# Scored blind: R/P sections .35/.41, persons .87/.87, organizations .82/.80, places
# .77/.77, quotes .86/.84, claims .70/.72, reactions .61/.82, timeline .89/.78, published
# dates 8 of 8. At the session's end: sections .34/.40, persons .88/.89, organizations
# .82/.80, places .77/.77, quotes .86/.84, claims .71/.73, reactions .67/.83, timeline
# .89/.78, published dates 8 of 8.
INVENTED_DEV58_FLOORS = [
    ("published_date", 0.97, 0.97),
    ("sections", 0.30, 0.36),
    ("persons", 0.85, 0.86),
    ("organizations", 0.79, 0.77),
    ("places", 0.74, 0.74),
    ("quotes_found", 0.96, 0.93),
    ("quotes", 0.83, 0.81),
    ("claims_found", 0.77, 0.80),
    ("claims", 0.67, 0.70),
    ("reactions", 0.64, 0.80),
    ("timeline", 0.85, 0.75),
]


def check(scores, floors):
    by_type = {s.fact_type: s for s in scores}
    report = format_scores(scores)
    for fact_type, min_recall, min_precision in floors:
        s = by_type[fact_type]
        assert s.recall >= min_recall, f"{fact_type} recall {s.recall:.2f}\n{report}"
        assert s.precision >= min_precision, f"{fact_type} precision {s.precision:.2f}\n{report}"


SPLITS = [
    "dev",
    "test",
    "invented_dev",
    "invented_test",
    "invented_holdout",
    "invented_holdout2",
    "invented_dev2",
    "invented_holdout3",
    "invented_dev3",
    "invented_dev4",
    "invented_dev5",
    "invented_dev6",
    "invented_dev7",
    "invented_dev8",
    "invented_dev9",
    "invented_dev10",
    "invented_dev11",
    "invented_dev12",
    "invented_dev13",
    "invented_dev14",
    "invented_dev15",
    "invented_dev16",
    "invented_dev17",
    "invented_dev18",
    "invented_dev19",
    "invented_dev20",
    "invented_dev21",
    "invented_dev22",
    "invented_dev23",
    "invented_dev24",
    "invented_dev25",
    "invented_dev26",
    "invented_dev27",
    "invented_dev28",
    "invented_dev29",
    "invented_dev30",
    "invented_dev31",
    "invented_dev32",
    "invented_dev33",
    "invented_dev34",
    "invented_dev35",
    "invented_dev36",
    "invented_dev37",
    "invented_dev38",
    "invented_dev39",
    "invented_dev40",
    "invented_dev41",
    "invented_dev42",
    "invented_dev43",
    "invented_dev44",
    "invented_dev45",
    "invented_dev46",
    "invented_dev47",
    "invented_dev48",
    "invented_dev49",
    "invented_dev50",
    "invented_dev51",
    "invented_dev52",
    "invented_dev53",
    "invented_dev54",
    "invented_dev55",
    "invented_dev56",
    "invented_dev57",
    "invented_dev58",
]


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> dict[str, dict | str]:
    """Every split through one pipeline run in one scratch lake, scored per article.

    Maps a split to its per-article scores, or to the reason it cannot run (its
    articles are not beside the repo). One run, not one per split: the run's fixed
    cost is paid once, and the articles of one split do not touch another's scores.
    """
    dirs = {split: PROJECT_ROOT / "tests" / "gold" / split for split in SPLITS}
    if GOLD_SEED.exists():
        dirs["seed"] = GOLD_SEED.parent
    runnable, reasons = {}, {}
    for split, gold_dir in dirs.items():
        try:
            find_gold_articles(gold_dir)
            runnable[split] = gold_dir
        except FileNotFoundError as exc:
            reasons[split] = f"articles not beside the repo: {exc}"
    _, per_article = evaluate_gold(
        list(runnable.values()), workdir=tmp_path_factory.mktemp("eval"), progress=False
    )
    out: dict[str, dict | str] = dict(reasons)
    for split, gold_dir in runnable.items():
        out[split] = {
            name: scores
            for name, scores in per_article.items()
            if name.split("/")[0] == gold_dir.name
        }
    return out


def split_scores(scored, split: str) -> dict:
    got = scored[split]
    if isinstance(got, str):
        pytest.skip(got)
    return got


@pytest.mark.skipif(not GOLD_SEED.exists(), reason="../shared/gold is not beside the repo")
def test_seed_gold(scored):
    per_article = split_scores(scored, "seed")
    assert len(per_article) == 1
    check(combine(s for scores in per_article.values() for s in scores), SEED_FLOORS)


@pytest.mark.skipif(not GOLD_SEED.exists(), reason="../shared/gold is not beside the repo")
def test_seed_dispute_and_villages_in_the_warehouse(settings, tmp_path):
    """Babayan's 'we have just lost 4-5 positions, not settlements' disputes the
    villages claim, which is one row naming the six villages."""
    from conftest import SEED
    from newsledger.warehouse import connect_readonly
    from pipelines.runner import run_batch

    assert run_batch([str(SEED)], batch="b1", settings=settings, progress=False).success
    with connect_readonly(settings) as con:
        rows = con.execute(
            """SELECT c.claim_kind, c.quantity_min, c.quantity_max, d.claim_kind,
                      len(d.place_ids), e.canonical_name
               FROM claims c JOIN claims d ON c.disputes_claim_id = d.claim_id
               JOIN entities e ON e.entity_id = c.claimant_id"""
        ).fetchall()
    assert rows == [("positions_lost", 4.0, 5.0, "territory_taken", 6, "Samvel Babayan")]


@pytest.mark.parametrize(
    ("split", "floors"),
    [
        ("dev", DEV_FLOORS),
        ("test", TEST_FLOORS),
        ("invented_dev", INVENTED_DEV_FLOORS),
        ("invented_test", INVENTED_TEST_FLOORS),
        ("invented_holdout", INVENTED_HOLDOUT_FLOORS),
        ("invented_holdout2", INVENTED_HOLDOUT2_FLOORS),
        ("invented_dev2", INVENTED_DEV2_FLOORS),
        ("invented_holdout3", INVENTED_HOLDOUT3_FLOORS),
        ("invented_dev3", INVENTED_DEV3_FLOORS),
        ("invented_dev4", INVENTED_DEV4_FLOORS),
        ("invented_dev5", INVENTED_DEV5_FLOORS),
        ("invented_dev6", INVENTED_DEV6_FLOORS),
        ("invented_dev7", INVENTED_DEV7_FLOORS),
        ("invented_dev8", INVENTED_DEV8_FLOORS),
        ("invented_dev9", INVENTED_DEV9_FLOORS),
        ("invented_dev10", INVENTED_DEV10_FLOORS),
        ("invented_dev11", INVENTED_DEV11_FLOORS),
        ("invented_dev12", INVENTED_DEV12_FLOORS),
        ("invented_dev13", INVENTED_DEV13_FLOORS),
        ("invented_dev14", INVENTED_DEV14_FLOORS),
        ("invented_dev15", INVENTED_DEV15_FLOORS),
        ("invented_dev16", INVENTED_DEV16_FLOORS),
        ("invented_dev17", INVENTED_DEV17_FLOORS),
        ("invented_dev18", INVENTED_DEV18_FLOORS),
        ("invented_dev19", INVENTED_DEV19_FLOORS),
        ("invented_dev20", INVENTED_DEV20_FLOORS),
        ("invented_dev21", INVENTED_DEV21_FLOORS),
        ("invented_dev22", INVENTED_DEV22_FLOORS),
        ("invented_dev23", INVENTED_DEV23_FLOORS),
        ("invented_dev24", INVENTED_DEV24_FLOORS),
        ("invented_dev25", INVENTED_DEV25_FLOORS),
        ("invented_dev26", INVENTED_DEV26_FLOORS),
        ("invented_dev27", INVENTED_DEV27_FLOORS),
        ("invented_dev28", INVENTED_DEV28_FLOORS),
        ("invented_dev29", INVENTED_DEV29_FLOORS),
        ("invented_dev30", INVENTED_DEV30_FLOORS),
        ("invented_dev31", INVENTED_DEV31_FLOORS),
        ("invented_dev32", INVENTED_DEV32_FLOORS),
        ("invented_dev33", INVENTED_DEV33_FLOORS),
        ("invented_dev34", INVENTED_DEV34_FLOORS),
        ("invented_dev35", INVENTED_DEV35_FLOORS),
        ("invented_dev36", INVENTED_DEV36_FLOORS),
        ("invented_dev37", INVENTED_DEV37_FLOORS),
        ("invented_dev38", INVENTED_DEV38_FLOORS),
        ("invented_dev39", INVENTED_DEV39_FLOORS),
        ("invented_dev40", INVENTED_DEV40_FLOORS),
        ("invented_dev41", INVENTED_DEV41_FLOORS),
        ("invented_dev42", INVENTED_DEV42_FLOORS),
        ("invented_dev43", INVENTED_DEV43_FLOORS),
        ("invented_dev44", INVENTED_DEV44_FLOORS),
        ("invented_dev45", INVENTED_DEV45_FLOORS),
        ("invented_dev46", INVENTED_DEV46_FLOORS),
        ("invented_dev47", INVENTED_DEV47_FLOORS),
        ("invented_dev48", INVENTED_DEV48_FLOORS),
        ("invented_dev49", INVENTED_DEV49_FLOORS),
        ("invented_dev50", INVENTED_DEV50_FLOORS),
        ("invented_dev51", INVENTED_DEV51_FLOORS),
        ("invented_dev52", INVENTED_DEV52_FLOORS),
        ("invented_dev53", INVENTED_DEV53_FLOORS),
        ("invented_dev54", INVENTED_DEV54_FLOORS),
        ("invented_dev55", INVENTED_DEV55_FLOORS),
        ("invented_dev56", INVENTED_DEV56_FLOORS),
        ("invented_dev57", INVENTED_DEV57_FLOORS),
        ("invented_dev58", INVENTED_DEV58_FLOORS),
    ],
)
def test_own_gold_annotations(scored, split, floors):
    per_article = split_scores(scored, split)
    gold_dir = PROJECT_ROOT / "tests" / "gold" / split
    assert len(per_article) == len(list(gold_dir.glob("*.gold.yaml")))
    assert all(per_article.values()), "every gold article was extracted"
    check(combine(s for scores in per_article.values() for s in scores), floors)


def test_every_split_is_scored():
    assert sorted(SPLITS) == sorted(
        p.name
        for p in (PROJECT_ROOT / "tests" / "gold").iterdir()
        if p.is_dir() and any(p.glob("*.gold.yaml"))
    )
