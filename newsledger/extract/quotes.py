"""Direct quotations and their speakers.

Quote marks: curly “ ” (and „ « »), which say whether they open or close, and
straight ", which alternate; single marks ‘ ’ and ' where they cannot be
apostrophes (:func:`_single_quote_spans`). Mixed pairs (“... ") are common and fine. A quote
left open at the end of a paragraph continues into the next paragraph when that
paragraph starts with an opening mark (the convention for quotes running over
several paragraphs) or closes a quote before opening one; otherwise it ends with
its paragraph. A multi-paragraph quote is a row per paragraph, as readers count
quotations, each with the speaker found for the whole; the cue goes with the
paragraph it stands in or is nearest to, the others have none.

``text`` is ``article.text[char_start:char_end]``: the words inside the marks,
without surrounding spaces or a trailing comma. ``is_partial`` is true for a
fragment woven into the writer's sentence: quoted words that start in lower
case or hold no verb ("expressed his "serious concern"").

A transcript's paragraphs are quotes without marks: "SISSOKO: No soldier is missing."
is the words of the person named before as Sissoko (cue null), "Q: Is that true?" a
reporter's question with no speaker, "A: ..." the interviewee's answer, and "OFFICER
(Capt. Yao Kone): ..." the words of the person in brackets. A post a page embeds is its
author's words too: the text above its credit line ("— Antony Blinken (@SecBlinken)
September 13, 2022"), or below its header ("Grant Holloway @SecHolloway",
"Vyacheslav Dronov | Telegram") without the time line under it. So are an address published in full after an introduction that
says so ("publishes the full text of the address"), the person's it names, and a
statement set out after "The statement reads in part:", paragraph by paragraph in the
first person, the body's its first paragraph names ("1. We, the G7 Foreign Ministers").

Quote marks around a name are no quote: after "known as", "dubbed" (the
``name_cues`` lexicon), or a few title-case words with no verb ('the "Kilometer
Four" area'). A quote inside a quote ("He told me, 'Leave.'") is a row of its
own; its speaker is a name the outer quote gives its cue's subject, else null.

The cue is the speech verb outside the marks that the quote depends on in the
parse (else the nearest one in the same sentences); the speaker is that verb's
subject, resolved to an entity by :meth:`ArticleContext.resolve_subject` ("read" is
a cue for verbatim text only: "'...,' it read"); a cue with no subject of its own parsed
as a clause of another speech verb ("X said the Secretary-General was "deeply worried",
called for ...") is that verb's person's. With no cue in the quote's
sentences: the issuer of a statement a paragraph sets out after a colon ("The full
text of the communique reads:"), else "according to X" in them, else the speaker of
the previous quote in the same or the previous paragraph (null when that one's
is unknown), else the last person or organization named before the quote in its
paragraph or the one before. A quote that hangs on a verb that is not a speech
verb ("his account, which read, "..."") takes none of these: nobody is said to speak it.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from newsledger.extract import reference as ref
from newsledger.extract.syntax import (
    QUOTE_OPENERS,
    ArticleContext,
    Ref,
    is_verb,
    lemma_of,
    lexicon,
    lexset,
)
from newsledger.ids import row_id
from newsledger.parse import (
    END_MARK_RE,
    MONTH_DATE_RE,
    PARLIAMENT_LABEL_RE,
    POST_CREDIT_RE,
    POST_HEADER_RE,
    READER_LABEL_RE,
    SENTENCE_END_RE,
    SPEAKER_LABEL_RE,
    STAMP_LINE_RE,
    TRANSCRIPT_LABEL_RE,
    find_date,
    parse_date,
)

CLOSING = "”»"
STRAIGHT = '"'
OPENING = QUOTE_OPENERS.replace(STRAIGHT, "")
MARKS = OPENING + CLOSING + STRAIGHT
TRAILING = " \t\n,;:"


def find_quote_spans(ctx: ArticleContext) -> list[tuple[int, int, int, int]]:
    """(open mark, close mark end, text start, text end) of every quote, in order."""
    spans: list[tuple[int, int, int, int]] = []
    pending: int | None = None  # offset of an open mark whose quote runs on
    opener = ""  # that mark
    paras = ctx.paragraphs
    for pi, (pstart, pend) in enumerate(paras):
        text = ctx.text[pstart:pend]
        marks = [(i, ch) for i, ch in enumerate(text) if ch in MARKS]
        for k, (i, ch) in enumerate(marks):
            pos = pstart + i
            if pending is None:
                if ch in OPENING or ch == STRAIGHT:
                    pending, opener = pos, ch
                # A stray closing mark is ignored.
                continue
            carried = pending < pstart
            if k == 0 and i == 0 and carried and ch in OPENING + STRAIGHT:
                continue  # the continuation mark of a multi-paragraph quote
            # „German-style“: the low mark opens, the high one closes.
            if ch in CLOSING or ch == STRAIGHT or (opener == "„" and ch == "“"):
                spans.append(_span(ctx, pending, pos))
                pending = None
            # An opening curly mark inside an open quote: a nested or stray mark.
        if pending is not None:
            nxt = ctx.text[paras[pi + 1][0] : paras[pi + 1][1]] if pi + 1 < len(paras) else ""
            if nxt[:1] in OPENING + STRAIGHT or _closes_first(nxt):
                continue
            spans.append(_span(ctx, pending, pend))
            pending = None
    spans = [s for s in spans if s[3] > s[2]]
    nested: list[tuple[int, int, int, int]] = []
    for ms, me, _, _ in spans:
        # A quote inside a quote ("He told me, 'Leave.'") is a quote of its own too.
        nested += _single_quote_spans(ctx, ms + 1, me - 1, [])
    for pstart, pend in paras:
        spans += _single_quote_spans(ctx, pstart, pend, spans)
    return _drop_names(ctx, spans + nested)


def _drop_names(ctx: ArticleContext, spans: list[tuple[int, int, int, int]]):
    """Quotes without the quote marks that surround a name, not words said: a
    nickname ('known as "Inda'ade" or "white eyed"', 'Col Thanakrit "Big" Sukpaisan')
    or a place in title case with no verb ('the "Kilometer Four" area').
    """
    cues = [c.split() for c in lexicon()["name_cues"]]
    out: list[tuple[int, int, int, int]] = []
    cited: list[tuple[int, int]] = []
    last_name_end = -1
    for span in sorted(spans):
        mark_start, mark_end, start, end = span
        before = ctx.text[max(mark_start - 40, 0) : mark_start].casefold().split()
        named = any(before[-len(c) :] == c for c in cues)
        # The second of two names: '"Inda'ade" or "white eyed"'.
        named = named or (
            last_name_end >= 0 and ctx.text[last_name_end:mark_start].strip() in ("or", "and", ",")
        )
        words = ctx.text[start:end].split()
        # A nickname inside a name: 'Col Thanakrit "Big" Sukpaisan'.
        inside = (
            len(words) <= 2
            and all(w[:1].isupper() for w in words)
            and re.search(r"\b[A-Z][\w'’-]+\s*$", ctx.text[max(mark_start - 30, 0) : mark_start])
            and re.match(r"\s*[A-Z][\w'’-]+", ctx.text[mark_end : mark_end + 30])
        )
        if (
            named
            or inside
            or (
                2 <= len(words) <= 5
                and not any(ch in ".,!?" for ch in ctx.text[end - 1 : mark_end])
                # 'entities such as "Azad Jammu and Kashmir"': title case, joining words aside
                and all(w[:1].isupper() or not w[:1].isalpha() or w in _NAME_JOINERS for w in words)
                and sum(w[:1].isupper() for w in words) >= 2
                and not any(is_verb(t) for t in ctx.tokens_in(start, end))
            )
        ):
            last_name_end = mark_end
            continue
        if any(a <= mark_start and mark_end <= b for a, b in cited):
            continue  # "LNA says Tummo 'fully secured'": a headline's words, not the quote
        if _cited_headline(ctx, mark_end):
            cited.append((mark_start, mark_end))
            continue  # '"Rwanda rejects Congo's charge" - Nordwire, January 16, 2024'
        if len(words) <= 6 and _named_thing_after(ctx, mark_end):
            continue  # "('Safety and security' page)": the name of a page, not words said
        out.append(span)
    return out


_NAME_JOINERS = {"and", "of", "the", "de", "del", "da", "al", "el"}
# After a story's title: ' - Outlet, January 16, 2024' to the end of its line.
# ' — December 1, 2026' alone: a related story's link. '. Fezzan Herald. 18 November
# 2026. Retrieved ...': a reference list's entry.
_CITATION_RE = re.compile(
    rf"\s*[-\u2013\u2014|]\s*(?:[A-Z][\w&.' -]{{0,40}},\s*)?{MONTH_DATE_RE}[^\n]*$"
    rf"|\s*[.,]\s*[A-Z][\w&'() -]{{0,40}}[.,]\s*{MONTH_DATE_RE}[^\n]*$"
)


# Words on a title line besides its quote: a label and a list bullet at most.
PULLED_QUOTE_LINE_MAX_WORDS = 6


def _pulled_quote(
    ctx: ArticleContext, span: tuple[int, int, int, int], spans: list[tuple[int, int, int, int]]
) -> bool:
    """A live entry's title or a key-events line that repeats words quoted in the story
    ("Interior minister: 'They aimed at our homes'" over the paragraph that quotes him in
    full): the story's quote is the one said, the title only points to it."""
    mark_start, mark_end, start, end = span
    line_start = ctx.text.rfind("\n", 0, mark_start) + 1
    line_end = ctx.text.find("\n", mark_end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    around = ctx.text[line_start:mark_start] + ctx.text[mark_end:line_end]
    if len(around.split()) > PULLED_QUOTE_LINE_MAX_WORDS or around.rstrip().endswith(
        (".", "!", "?")
    ):
        return False
    said = ctx.text[start:end].strip(" .,!?").casefold()
    return bool(said) and any(
        o is not span
        and said in ctx.text[o[2] : o[3]].casefold()
        and not (line_start <= o[0] < line_end)
        for o in spans
        if o[0] > line_end or o[1] < line_start
    )


def _named_thing_after(ctx: ArticleContext, mark_end: int) -> bool:
    """Does a noun for a named thing follow the closing mark ("the 'Safety and security'
    page", "its 'Latest updates' section")?"""
    m = re.match(r"\s*([a-z]+)\b", ctx.text[mark_end : mark_end + 20])
    return m is not None and m.group(1) in lexset("named_thing_nouns")


def _cited_headline(ctx: ArticleContext, mark_end: int) -> bool:
    """A quoted title cited with its outlet and date is a story's headline, no speech."""
    line_end = ctx.text.find("\n", mark_end)
    rest = ctx.text[mark_end : len(ctx.text) if line_end < 0 else line_end]
    return _CITATION_RE.match(rest) is not None


def _single_quote_spans(
    ctx: ArticleContext, pstart: int, pend: int, taken: list[tuple[int, int, int, int]]
) -> list[tuple[int, int, int, int]]:
    """Quotes in single marks (‘...’ or '...'), which also serve as apostrophes.

    An opening mark stands before a word and after a space or the paragraph
    start; a closing mark stands after a word and before a space, punctuation
    or the end, and is not a plural possessive ("soldiers' families") unless no
    other mark closes the quote ("shelled 'civilian areas' near"). A quote left
    open after a cue ("said: 'We will") or at its paragraph's start runs to the
    paragraph's end. Single marks inside double quotes are nested quotes and
    stay part of their quote.
    """
    text = ctx.text
    out: list[tuple[int, int, int, int]] = []
    open_pos: int | None = None
    possessive_at: int | None = None  # a closing mark that may be a plural possessive
    for pos in range(pstart, pend):
        ch = text[pos]
        if ch not in "‘’'" or any(ms <= pos < me for ms, me, _, _ in taken):
            continue
        prev = text[pos - 1] if pos > pstart else " "
        nxt = text[pos + 1] if pos + 1 < pend else " "
        if open_pos is None:
            if ch in "‘'" and (prev.isspace() or prev in "([—–:") and nxt.isalnum():
                open_pos = pos
            continue
        opens = ch in "‘'" and (prev.isspace() or prev in "([—–:") and nxt.isalnum()
        if opens and possessive_at is not None:
            # A new quote opens: the possessive-looking mark closed the last one.
            out.append(_span(ctx, open_pos, possessive_at, marks="‘’'"))
            open_pos, possessive_at = pos, None
            continue
        closes = ch in "’'" and not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)—–")
        possessive = prev in "sS" and nxt == " " and text[pos + 2 : pos + 3].islower()
        if closes and possessive and possessive_at is None:
            possessive_at = pos
        elif closes and not possessive:
            out.append(_span(ctx, open_pos, pos, marks="‘’'"))
            open_pos = possessive_at = None
    if open_pos is not None and possessive_at is not None:
        # No other mark closes the quote: "shelled 'civilian areas' near ..." ends at
        # what looked like a plural possessive.
        out.append(_span(ctx, open_pos, possessive_at, marks="‘’'"))
    elif open_pos is not None and text[max(pstart, open_pos - 2) : open_pos].strip() in (
        ":",
        ",",
        "",
    ):
        # Left open after a cue ("said: 'We will ...") or at the paragraph start:
        # the quote runs to the end of its paragraph.
        out.append(_span(ctx, open_pos, pend, marks="‘’'"))
    return [s for s in out if s[3] > s[2]]


def _closes_first(text: str) -> bool:
    for ch in text:
        if ch in CLOSING:
            return True
        if ch in OPENING or ch == STRAIGHT:
            return False
    return False


def _span(
    ctx: ArticleContext, open_pos: int, close_pos: int, marks: str = MARKS
) -> tuple[int, int, int, int]:
    start, end = open_pos + 1, close_pos
    inner = ctx.text[start:end]
    start += len(inner) - len(inner.lstrip())
    end = start + len(ctx.text[start:end].rstrip(TRAILING))
    mark_end = close_pos + 1 if close_pos < len(ctx.text) and ctx.text[close_pos] in marks else end
    return open_pos, mark_end, start, end


def cue_phrase(tok: Token) -> str:
    """The cue as written, with its particle ("called on", "pointed out")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if (
        nxt is not None
        and nxt.head.i == tok.i
        and f"{lemma_of(tok)} {nxt.lower_}" in lexset("phrasal_cues")
    ):
        return f"{tok.text} {nxt.text}"
    return tok.text


def _paragraph_segments(
    ctx: ArticleContext, mark_start: int, mark_end: int, start: int, end: int
) -> list[tuple[int, int, int, int]]:
    """A quote running over several paragraphs as one segment per paragraph (marks
    span, text span): each paragraph is a quotation of its own, as readers and
    annotators count them, all of the same speaker."""
    out: list[tuple[int, int, int, int]] = []
    for lo, hi in ctx.paragraphs:
        if hi <= start or lo >= end:
            continue
        s, e = max(start, lo), min(end, hi)
        while s < e and (ctx.text[s].isspace() or ctx.text[s] in MARKS):
            s += 1  # the continuation mark that opens the paragraph
        while e > s and ctx.text[e - 1] in TRAILING:
            e -= 1
        if e > s:
            out.append((max(mark_start, lo), min(mark_end, hi), s, e))
    return out or [(mark_start, mark_end, start, end)]


def _distance(span: tuple[int, int], at: int) -> int:
    lo, hi = span
    return 0 if lo <= at < hi else min(abs(at - lo), abs(at - hi))


def _is_partial(ctx: ArticleContext, start: int, end: int) -> bool:
    text = ctx.text[start:end]
    first = text.lstrip("“‘\"'([")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return True
    return not any(is_verb(t) for t in ctx.tokens_in(start, end))


def _find_cue(ctx: ArticleContext, mark_start: int, mark_end: int, start: int, end: int):
    """The speech verb a quote hangs on, from the words around the marks."""
    speech = lexset("speech_verbs") | lexset("verbatim_verbs")
    sents = ctx.sentences_between(mark_start, mark_end)
    inside = {t.i for s in sents for t in s if start <= ctx.start(t) < end}
    inner_doc_tokens = [t for s in sents for t in s if t.i in inside]
    cands = [
        t
        for s in sents
        for t in s
        if (_is_speech_verb(t, speech) or _turn_verb(t)) and ctx.quote_at(ctx.start(t)) is None
    ]
    # Verbs whose object words are the subject's own when quoted ("He blamed 'criminal
    # groups'", "ordered units to the 'highest level of readiness'"): cues only for
    # a quote they govern.
    acts = lexset("quoting_act_verbs")
    governing = [
        t
        for s in sents
        for t in s
        if is_verb(t)
        and lemma_of(t) in acts
        and ctx.quote_at(ctx.start(t)) is None
        and any(t in q.ancestors for q in inner_doc_tokens)
    ]
    if not cands and not governing:
        return None, sents

    def distance(t: Token) -> int:
        ts = ctx.start(t)
        return min(abs(ts - mark_end), abs(mark_start - ctx.end(t)))

    # Where the quoted words hang on the sentence: the first of them whose head stands
    # outside the marks (not the stop inside them, which may hang on any verb).
    exits = [
        q
        for q in inner_doc_tokens
        if not q.is_punct and not (start <= ctx.start(q.head) < end) and q.head.i != q.i
    ]

    def steps(t: Token) -> int:
        """How far up from the quoted words the verb stands."""
        chain = list(exits[0].ancestors) if exits else []
        return next((k for k, a in enumerate(chain) if a.i == t.i), 10**6)

    def trailing(t: Token) -> bool:
        """ "..., state TV channel VTV reported.": a report closing the sentence."""
        return all(x.is_punct for x in t.doc[t.i + 1 : t.sent.end])

    linked = [c for c in cands if any(c in q.ancestors for q in inner_doc_tokens)]
    if linked:
        # The speech verb nearest above the words, not the nearest in the line: "The
        # embassies ... said that they were 'deeply concerned', Türkiye expressed ...";
        # but a report closing the sentence passes on what a sayer before the words said.
        best = min(linked, key=lambda t: (steps(t), distance(t)))
        before = [c for c in linked if c.i != best.i and ctx.end(c) <= mark_start]
        if trailing(best) and before:
            best = min(before, key=distance)
        return best, sents
    return min(governing or cands, key=distance), sents


def _turn_verb(tok: Token) -> bool:
    """A verb that takes up speech only on its own ('"...," the President continued.'):
    with an object or a complement ("continued to shell") it speaks of something else."""
    return (
        is_verb(tok)
        and lemma_of(tok) in lexset("turn_verbs")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and not any(
            c.dep_ in ("dobj", "xcomp", "prep", "attr", "acomp", "npadvmod") for c in tok.children
        )
    )


def _is_speech_verb(tok: Token, speech: set[str]) -> bool:
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.lower_ in ("called", "named"):
        return False  # "a man called X" names him; nobody speaks
    if is_verb(tok):
        return lemma_of(tok) in speech
    # A gerund the tagger took for a noun ("a man called X confessing to ...").
    word = tok.lower_
    return (
        tok.pos_ == "NOUN"
        and word.endswith("ing")
        and (word[:-3] in speech or word[:-3] + "e" in speech)
    )


def extract_quotes(ctx: ArticleContext) -> list[dict]:
    rows: list[dict] = []
    # A cross-head quoting the story repeats words quoted below it: no quote of its own.
    spans = [s for s in find_quote_spans(ctx) if not ctx.is_heading(s[0], s[1])]
    spans = [s for s in spans if not _pulled_quote(ctx, s, spans)]
    # A script's cue words ('OUTCUE: "...MERIDIAN WORLD NEWS, DAMASCUS."') tell where a
    # clip ends: no one's statement.
    spans = [
        s
        for s in spans
        if not _CUE_WORDS_RE.search(ctx.text, ctx.text.rfind("\n", 0, s[0]) + 1, s[0])
    ]
    # Register every quote first: speaker search skips names inside quotes.
    ctx.quote_spans = [(ms, me, {}) for ms, me, _, _ in spans]
    for n, (mark_start, mark_end, start, end) in enumerate(spans):
        outer = next((o for o in spans[:n] if o[0] < mark_start and mark_end <= o[1]), None)
        if outer is not None:
            cue, speaker = _nested_cue_and_speaker(ctx, outer, mark_start, mark_end, start, end)
        else:
            cue, speaker = _cue_and_speaker(ctx, rows, mark_start, mark_end, start, end)
        credited, by_line = _credit_line_speaker(ctx, mark_end) if outer is None else (False, None)
        if credited:
            speaker = by_line  # the line below says who said it, whatever the cue
        segments = _paragraph_segments(ctx, mark_start, mark_end, start, end)
        # The cue goes with the paragraph it stands in or is nearest to.
        at = ctx.start(cue) if cue is not None else mark_start
        nearest = min(range(len(segments)), key=lambda k: _distance(segments[k][:2], at))
        first = len(rows)
        for k, (seg_mark_start, seg_mark_end, seg_start, seg_end) in enumerate(segments):
            row = {
                "quote_id": row_id("quo", ctx.article_id, seg_start, seg_end),
                "article_id": ctx.article_id,
                "section_id": ctx.section_id(seg_start),
                "speaker_id": speaker.entity_id if speaker else None,
                "speaker_surface": speaker.surface if speaker else None,
                "cue": cue_phrase(cue) if cue is not None and k == nearest else None,
                "text": ctx.text[seg_start:seg_end],
                "is_partial": _is_partial(ctx, seg_start, seg_end),
                "char_start": seg_start,
                "char_end": seg_end,
                "_nested": outer is not None,
            }
            rows.append(row)
            if k:
                ctx.quote_spans.append((seg_mark_start, seg_mark_end, row))
        ctx.quote_spans[n] = (mark_start, mark_end, rows[first])
    for row in rows:
        del row["_nested"]
    transcript = (
        _transcript_quotes(ctx, spans)
        + _embedded_posts(ctx, spans)
        + _channel_posts(ctx, spans)
        + _lower_third_quotes(ctx, spans)
    )
    ctx.quote_spans += [(r["char_start"], r["char_end"], r) for r in transcript]
    # A labelled briefing's answers are their speaker's account, not quoted words: what
    # they credit to others ("according to the ministry", "Washington called on ...") is
    # read as in any reported sentence, and only what they credit to no one is the
    # speaker's (ArticleContext.introduced_source).
    named = (
        _named_transcript_quotes(ctx)
        or _published_in_full(ctx)
        or _read_out_statement(ctx)
        or _titled_statement(ctx)
        or _bold_question_interview(ctx)
        or _plain_question_interview(ctx)
    )
    ctx.spoken_blocks = [
        (
            Ref(r["speaker_id"], r["speaker_surface"], r["char_start"], r["char_end"]),
            r["char_start"],
            r["char_end"],
        )
        for r in named
        if r["speaker_id"]
    ]
    # A span two readings take (a labelled question both transcript readings know) is one
    # quote, the first reading's of named, marked, transcript: one id per span.
    kept: dict[tuple[int, int], dict] = {}
    for r in named + rows + transcript:
        kept.setdefault((r["char_start"], r["char_end"]), r)
    return sorted(kept.values(), key=lambda r: r["char_start"])


# A round-up's post from a channel, stamped with its time: "[09:42] Ministry of Defence
# channel: The Abay bridge is under our control."
_CHANNEL_POST_RE = re.compile(
    r"\[\d{1,2}[:.]\d{2}\][ \t]+(?P<who>[^:\n\[\]]{2,80}?)"
    r"(?:[ \t]+(?:official[ \t]+)?(?:channel|account|page))?:[ \t]+(?=\S)",
    re.IGNORECASE,
)


def _channel_posts(ctx: ArticleContext, spans: list[tuple[int, int, int, int]]) -> list[dict]:
    """Each time-stamped post a round-up translates is the words of the body, state or
    person its label names ("[06:55] ENDF official channel: Our forces have ..."); a post
    holding quote marks is left to them."""
    rows = []
    for lo, hi in ctx.paragraphs:
        m = _CHANNEL_POST_RE.match(ctx.text, lo, hi)
        if m is None or any(lo <= s[0] < hi for s in spans):
            continue
        speaker = _speaker_within(ctx, m.start("who"), m.end("who"))
        if speaker is not None:
            rows.append(_unmarked_quote(ctx, speaker, m.end(), hi))
    return rows or _compiled_posts(ctx, spans)


# The note above a compilation of one channel's posts: "Below are all posts published
# between 7 and 10 December on the official Telegram channel of the Media Centre ...".
_COMPILED_POSTS_RE = re.compile(
    r"\bposts\b[^.\n]{0,160}?\b(?:channel|account|page)[ \t]+of[ \t]+(?P<who>[^,.;\n]{2,120})",
    re.IGNORECASE,
)
# A post's own label before its words: "URGENT | ".
_POST_LABEL_RE = re.compile(r"[ \t]*[A-Z][A-Z ]{1,20}[ \t]*\|[ \t]*")
COMPILED_INTRO_REACH = 4


def _compiled_posts(ctx: ArticleContext, spans: list[tuple[int, int, int, int]]) -> list[dict]:
    """A page that compiles one channel's posts, each under its time stamp, after a note
    that names the channel's owner: each post is that body's words. A post holding quote
    marks is left to them."""
    speaker = None
    for lo, hi in ctx.paragraphs[:COMPILED_INTRO_REACH]:
        if (m := _COMPILED_POSTS_RE.search(ctx.text, lo, hi)) is not None:
            speaker = _speaker_within(ctx, m.start("who"), m.end("who"))
            break
    if speaker is None:
        return []
    rows = []
    stamped = False  # the paragraph before was a time stamp alone
    for lo, hi in ctx.paragraphs:
        m = STAMP_LINE_RE.match(ctx.text + "\n", lo, hi + 1)
        start = m.end() if m is not None else lo if stamped else None
        stamped = m is not None and m.end() >= hi
        if start is None or start >= hi or any(lo <= s[0] < hi for s in spans):
            continue
        if (label := _POST_LABEL_RE.match(ctx.text, start, hi)) is not None:
            start = label.end()
        rows.append(_unmarked_quote(ctx, speaker, start, hi))
    return rows


# A statement printed under its own title: "STATEMENT of the Ministry of Foreign Affairs
# of the Republic of Tajikistan", "Press release by the Ministry of Defence".
_STATEMENT_TITLE_RE = re.compile(
    r"(?:statement|press release|communiqu[eé]|declaration|appeal|address)[ \t]+"
    r"(?:of|by|from)[ \t]+(?=\S)",
    re.IGNORECASE,
)
STATEMENT_TITLE_MAX_WORDS = 25


def _titled_statement(ctx: ArticleContext) -> list[dict]:
    """A statement printed whole under a title line that names its one issuer ("STATEMENT
    of the Ministry of Foreign Affairs of the Republic of Tajikistan"): its paragraphs, to
    the closing place and date, the page's next heading or the end, are the issuer's
    words, in no quote marks. A joint statement's title names several and is left alone."""
    for k, (lo, hi) in enumerate(ctx.paragraphs[:-1]):
        title = ctx.text[lo:hi].strip()
        m = _STATEMENT_TITLE_RE.match(ctx.text, lo, hi)
        if m is None or "\n" in title or len(title.split()) > STATEMENT_TITLE_MAX_WORDS:
            continue
        if title[-1] in ".!?:" or title.casefold().startswith("joint"):
            continue
        issuers = {
            str(x["entity_id"])
            for x in ctx.mentions_in(m.end(), hi)
            if ctx.etype(str(x["entity_id"])) in ("ORG", "PERSON")
        }
        speaker = _speaker_within(ctx, m.end(), hi)
        if speaker is None or len(issuers) > 1:
            continue
        rows = []
        for b_lo, b_hi in ctx.paragraphs[k + 1 :]:
            text = ctx.text[b_lo:b_hi].strip()
            if parse_date(text.split(",", 1)[-1].strip()) is not None or _page_heading(text):
                break  # "Dushanbe, 30 November 2026" signs it; a heading opens what follows
            rows.append(_unmarked_quote(ctx, speaker, b_lo, b_hi))
        if rows:
            return rows
    return []


# A broadcast script's lower third, naming who speaks in the clip below it: "SUPER: Col.
# Abdoul-Karim Zongo-Tapsoba, spokesman, Burkina Faso Armed Forces"; or the sound bite's
# own line, its language in brackets: "SOUNDBITE (English) Brigadier X, Commander, Y:".
_LOWER_THIRD_RE = re.compile(
    r"^(?:(?:SUPER|LOWER THIRD|CG|ASTON|STRAP)[ \t]*:|(?:SOUNDBITE|SOT)(?:[ \t]*\([^()\n]{1,40}\))?)"
    r"[ \t]*(?P<who>[^\n]+?)[ \t]*:?[ \t]*\n(?=[ \t]*\S)",
    re.MULTILINE,
)
# The label of a script's cue words, right before their quote mark.
_CUE_WORDS_RE = re.compile(r"\b(?:OUT|IN)[ -]?(?:CUE|WORDS)[ \t]*:[ \t]*$", re.IGNORECASE)
# A script's clip line: "SOT: NAME, OFFICE (ARABIC / VOICE-OVER) (0:12)", a radio
# script's "CLIP:" and "ACTUALITY:" over the words played; it need not end on a colon.
_CLIP_LABEL_RE = re.compile(r"^(?:SOT|SOUNDBITE|CLIP|ACTUALITY|INSERT)\b")
# The clip's language noted before its words: "(Translated from French)", "(In Hausa)".
_TRANSLATED_RE = re.compile(r"\((?:translated|in|speaking|via)\b[^()\n]{0,40}\)[ \t]*", re.I)


def _lower_third_quotes(ctx: ArticleContext, spans: list[tuple[int, int, int, int]]) -> list[dict]:
    """A clip's words under the lower third that names one person are that person's, in
    no quote marks: "SOT" / "SUPER: Mariama Lamboni, trader from Cinkassé" / "They came on
    Saturday ...". The reporter's own stand-up (the label above is one of
    ``stand_up_labels``) is the story, not a quote."""
    rows: list[dict] = []
    stand_ups = lexset("stand_up_labels")
    for m in _LOWER_THIRD_RE.finditer(ctx.text):
        above_end = m.start() - 1
        above = ctx.text[ctx.text.rfind("\n", 0, max(above_end, 0)) + 1 : max(above_end, 0)]
        if above.strip().casefold() in stand_ups:
            continue
        # The words open the next line, in the label's paragraph or one of their own.
        lo, hi = ctx.paragraphs[ctx.paragraph_index(m.end())]
        if hi <= m.end() or any(m.end() <= s[0] < hi for s in spans):
            continue  # none, or words quoting someone in marks of their own
        speaker = _person_within(ctx, m.start("who"), m.end("who"))
        if speaker is None:
            continue
        start = m.end()
        if lang := _TRANSLATED_RE.match(ctx.text, start, hi):
            start = lang.end()
        if start < hi:
            rows.append(_unmarked_quote(ctx, speaker, start, hi))
    return rows


def _embedded_posts(ctx: ArticleContext, spans: list[tuple[int, int, int, int]]) -> list[dict]:
    """A post the page embeds is its author's words, in no quote marks: the text above
    its credit line, in the credit's paragraph or the one before it, or the text below
    its header ("Grant Holloway @SecHolloway"). The author is the person, else the body,
    the credit or header names; a post holding quote marks is left to them."""
    rows: list[dict] = []
    for k, (lo, hi) in enumerate(ctx.paragraphs):
        if (header := _post_header(ctx, lo, hi)) is not None:
            rows += _post_under_header(ctx, header, hi, spans)
            continue
        m = POST_CREDIT_RE.search(ctx.text, lo, hi)
        if m is None:
            continue
        start, end = lo, m.start()
        if ctx.text[lo : m.start()].strip() == "" and k > 0:
            start, end = ctx.paragraphs[k - 1]  # the credit alone below its post
        while end > start and ctx.text[end - 1].isspace():
            end -= 1
        if end <= start or any(start <= s[0] < end for s in spans):
            continue
        speaker = _speaker_within(ctx, m.start("who"), m.end("who")) or _poster_introduced(
            ctx, start
        )
        if speaker is None:
            continue
        rows.append(_unmarked_quote(ctx, speaker, start, end))
    return rows


def _poster_introduced(ctx: ArticleContext, start: int) -> Ref | None:
    """Who the line above a post says posted it ("Portugal's Ministry of National Defence
    has fired off a defiant post on X:"), where the credit names him in a form the
    article knows by no other name ("— Ministério da Defesa Nacional (@DefesaPT_news)")."""
    k = ctx.paragraph_index(start)
    if k == 0:
        return None
    lo, hi = ctx.paragraphs[k - 1]
    if not ctx.text[lo:hi].rstrip().endswith(":"):
        return None
    sents = ctx.sentences_between(lo, hi)
    if not sents or not any(lemma_of(t) in lexset("message_nouns") for t in sents[-1]):
        return None
    return ctx.resolve_subject(sents[-1].root)


POST_STAMP_MAX_WORDS = 8


def _post_header(ctx: ArticleContext, lo: int, hi: int) -> re.Match[str] | None:
    """A line of a paragraph that is a post's header with the post's text below it: the
    first line, or one under the sentence that introduces the post ("... posted a
    defiant message:" over "Devika Ramdeen-Lewis @DevikaRLewisTT")."""
    start = lo
    while (eol := ctx.text.find("\n", start, hi)) > 0:
        if header := POST_HEADER_RE.match(ctx.text, start, eol):
            return header
        if start > lo or not ctx.text[start:eol].rstrip().endswith(":"):
            return None  # only the first line, or the one under an introducing line
        start = eol + 1
    return None


def _post_under_header(
    ctx: ArticleContext, header: re.Match[str], hi: int, spans: list[tuple[int, int, int, int]]
) -> list[dict]:
    """The text of a post under its header ("Grant Holloway @SecHolloway" over the text
    and "3:21 PM · Dec 8, 2026"): its author's words, without the header and the time
    line below."""
    start, end = header.end() + 1, hi
    last = ctx.text.rfind("\n", start, end)
    if last > start:
        stamp = ctx.text[last + 1 : end]
        if len(stamp.split()) <= POST_STAMP_MAX_WORDS and find_date(stamp) is not None:
            end = last
    if end <= start or any(start <= s[0] < end for s in spans):
        return []
    speaker = _speaker_within(ctx, header.start("who"), header.end("who"))
    return [] if speaker is None else [_unmarked_quote(ctx, speaker, start, end)]


def _unmarked_quote(ctx: ArticleContext, speaker: Ref | None, start: int, end: int) -> dict:
    """The row of words a page gives as someone's without quote marks or a cue, without
    the spaces and punctuation that close its paragraph."""
    while end > start and ctx.text[end - 1] in TRAILING:
        end -= 1
    return {
        "quote_id": row_id("quo", ctx.article_id, start, end),
        "article_id": ctx.article_id,
        "section_id": ctx.section_id(start),
        "speaker_id": speaker.entity_id if speaker else None,
        "speaker_surface": speaker.surface if speaker else None,
        "cue": None,
        "text": ctx.text[start:end],
        "is_partial": False,
        "char_start": start,
        "char_end": end,
    }


# A line of a briefing, interview or broadcast transcript: the speaker's label, perhaps
# the speaker's name in brackets, a colon, the words ("Q: Is that true?", "SISSOKO: No
# soldier is missing.", "OFFICER (Capt. Yao Kone): The village is ours.").
_QUESTION_LABELS = {"Q", "QUESTION"}
# Labelled turns that make a page a transcript, whose unlabelled paragraphs carry on a turn.
TRANSCRIPT_MIN_TURNS = 2
_ANSWER_LABELS = {"A", "ANSWER"}
_STAGE_DIRECTION_RE = re.compile(r"\([a-z][^()\n]{0,30}\)\s+(?=\S)")


def _transcript_quotes(ctx: ArticleContext, spans: list[tuple[int, int, int, int]]) -> list[dict]:
    """Each paragraph of a transcript is its speaker's words, in no quote marks.

    A reporter's question ("Q:") has no speaker; an answer ("A:") is the interviewee's,
    the last person named before the first question. A label with a name in brackets
    ("VILLAGER (Mamadou Soro):") is that person's, and so is the bare label later
    ("VILLAGER:"); a label alone names a person the article named before by that name
    ("SISSOKO:" after "Abdoulaye Sissoko"). The broadcaster's own staff (presenter,
    correspondent: the ``broadcast_staff_labels`` lexicon) tell the story rather than
    speak in it. A paragraph with quote marks of its own, or a label naming no one, is
    left alone. In a transcript of two or more turns, the unlabelled paragraphs after an
    answer and before the next turn go on with it (an opening statement runs over
    several)."""
    rows: list[dict] = []
    staff = lexset("broadcast_staff_labels")
    by_label: dict[str, Ref] = {}
    interviewee: Ref | None = None
    first_question: int | None = None
    labelled = [lo for lo, hi in ctx.paragraphs if TRANSCRIPT_LABEL_RE.match(ctx.text, lo, hi)]
    asking = _asking_labels(ctx)
    speaking: Ref | None = None  # the speaker of the turn the paragraph before holds
    for lo, hi in ctx.paragraphs:
        m = TRANSCRIPT_LABEL_RE.match(ctx.text, lo, hi)
        if m is None:
            # Between turns only: what follows the last turn is the page's own (a note
            # on the programme, the next story).
            if (
                speaking is not None
                and len(labelled) >= TRANSCRIPT_MIN_TURNS
                and lo < labelled[-1]
                and not any(lo <= s[0] < hi for s in spans)
                and SENTENCE_END_RE.search(ctx.text[lo:hi].rstrip())
            ):
                rows.append(_unmarked_quote(ctx, speaking, lo, hi))
            else:
                speaking = None
            continue
        speaking = None
        label = m["label"].upper()
        if label in asking:
            label = "Q"  # "SR: Ambassador, where is the front line today?"
        if label in _QUESTION_LABELS and first_question is None:
            first_question = lo
            interviewee = _last_person(ctx, lo)
        speaker: Ref | None = None
        if m["who"] is not None:
            if label not in _QUESTION_LABELS | _ANSWER_LABELS:
                # "MS NDAPEWA SHIKONGO-HAMUTENYA (GOVERNMENT SPOKESPERSON):", "MERVE AKSOY
                # (Kanal Meridyen):": a label that names someone names the speaker, the
                # brackets her office or her outlet.
                speaker = _labelled_person(ctx, m["label"], lo)
            if speaker is None:
                speaker = _person_within(ctx, m.start("who"), m.end("who"))
            if speaker is None:
                continue  # "Q (foreign news agency):": the brackets name no one
            by_label[label] = speaker
        elif label in by_label:
            speaker = by_label[label]
        # A turn whose label names its speaker is theirs, quotes inside it and all.
        part = set((m["part"] or "").casefold().replace(",", " ").split())
        if (
            (m["who"] is None and any(lo <= s[0] < hi for s in spans))
            or label.casefold() in staff
            or part & lexset("reporting_parts")
        ):
            continue
        if label in _ANSWER_LABELS:
            speaker = interviewee
            if speaker is None:
                continue
        elif label not in _QUESTION_LABELS and speaker is None:
            speaker = _labelled_person(ctx, m["label"], lo)
            if speaker is None:
                continue
        start, end = m.end(), hi
        if direction := _STAGE_DIRECTION_RE.match(ctx.text, start, end):
            start = direction.end()  # "(laughs) We will talk ...": the words, not the scene
        rows.append(_unmarked_quote(ctx, speaker, start, end))
        if speaker is not None:
            speaking = speaker
    return rows


def _asking_labels(ctx: ArticleContext) -> set[str]:
    """Labels of an interviewer known by initials ("SR:" for the magazine): a label
    naming no one, whose turns ask two questions or more, beside a label that names the
    one answering ("M.S.:")."""
    turns: dict[str, list[tuple[int, int]]] = {}
    for lo, hi in ctx.paragraphs:
        m = TRANSCRIPT_LABEL_RE.match(ctx.text, lo, hi)
        if m is not None and m["who"] is None:
            turns.setdefault(m["label"].upper(), []).append((lo, hi))
    staff = lexset("broadcast_staff_labels")
    named = {
        label
        for label, spans in turns.items()
        if _labelled_person(ctx, label, spans[0][0]) is not None
    }
    if not named:
        return set()
    return {
        label
        for label, spans in turns.items()
        if label not in named
        and label not in _QUESTION_LABELS | _ANSWER_LABELS
        and label.casefold() not in staff
        and sum("?" in ctx.text[lo:hi] for lo, hi in spans) >= INTERVIEW_MIN_QUESTIONS
    }


# An interviewer's question or prompt set in bold on its own paragraph: "**Minister, who
# holds Mbanié today?**", "**Gabon says it has killed more than 200 of your soldiers.**"
_BOLD_QUESTION_RE = re.compile(r"\*\*(?P<q>[^*\n]+)\*\*[ \t]*")
# Fewest bold questions that make a page an interview.
INTERVIEW_MIN_QUESTIONS = 2


def _bold_question_interview(ctx: ArticleContext) -> list[dict]:
    """An interview printed as bold questions (two or more asking, some prompts may not),
    each answered in the plain paragraphs under it: the questions are the interviewer's
    (no speaker), the answers the words of the person the introduction names most, up to
    the page's foot or a closing note in italics."""
    questions = [
        k
        for k, (lo, hi) in enumerate(ctx.paragraphs)
        if _BOLD_QUESTION_RE.fullmatch(ctx.text, lo, hi)
    ]
    asked = [k for k in questions if "?" in ctx.text[slice(*ctx.paragraphs[k])]]
    if len(asked) < INTERVIEW_MIN_QUESTIONS:
        return []
    # "**Ines Valcarcel: ...**" over "Askarbek Turdukulov: ...", then "**IV: ...**" over
    # "AT: ...": labels name who asks and who answers; the answers' label says whose
    # words they are, else the person the introduction names most.
    first = ctx.paragraphs[questions[0]]
    answer_label = (
        SPEAKER_LABEL_RE.match(ctx.text, *ctx.paragraphs[questions[0] + 1])
        if questions[0] + 1 < len(ctx.paragraphs)
        else None
    )
    labelled = (
        _person_within(ctx, answer_label.start("label"), answer_label.end("label"))
        if answer_label is not None
        else None
    )
    interviewee = labelled or _most_named_person(ctx, first[0])
    if interviewee is None:
        return []
    rows: list[dict] = []
    for n, k in enumerate(questions):
        lo, hi = ctx.paragraphs[k]
        if (m := _BOLD_QUESTION_RE.fullmatch(ctx.text, lo, hi)) is None:
            continue
        rows.append(_unmarked_quote(ctx, None, _after_label(ctx, m.start("q")), m.end("q")))
        stop = questions[n + 1] if n + 1 < len(questions) else len(ctx.paragraphs)
        for alo, ahi in ctx.paragraphs[k + 1 : stop]:
            answer = ctx.text[alo:ahi].strip()
            if answer.startswith(("*", "_")) or ctx.section_type(alo) == "other":
                break  # the closing note on the interviewee, the page's foot
            rows.append(_unmarked_quote(ctx, interviewee, _after_label(ctx, alo), ahi))
    return rows


# The longest line that reads as an interviewer's question over its answer.
PLAIN_QUESTION_MAX_WORDS = 16


# An introduction to an interview: "She answered questions from RMI's Americas desk."
_INTERVIEW_INTRO_RE = re.compile(
    r"\b(?:answered|answers|took) (?:\w+ )?questions\b|\binterview(?:ed)?\b|"
    r"\b(?:spoke|talked) (?:to|with)\b",
    re.IGNORECASE,
)


def _plain_question_interview(ctx: ArticleContext) -> list[dict]:
    """An interview printed as plain questions, each a line ending in "?" with its answer
    in the first person, or under an introduction that says it is an interview, on the
    line under it ("When did you decide to
    leave?" over "When the shells started falling. Our house is ..."): the answers are the
    words of the person the paragraph before the first question names, else of the one
    the introduction names most. Two such pairs at least; the questions stay the page's."""
    pairs: list[int] = []
    for k in range(len(ctx.paragraphs) - 1):
        lo, hi = ctx.paragraphs[k]
        question = ctx.text[lo:hi].strip()
        alo, ahi = ctx.paragraphs[k + 1]
        answer = ctx.text[alo:ahi].strip()
        if (
            "\n" not in question
            and question.endswith("?")
            and len(question.split()) <= PLAIN_QUESTION_MAX_WORDS
            and question[:1] not in QUOTE_OPENERS
            and answer[:1] not in QUOTE_OPENERS
            and not answer.endswith("?")
            # the answer on the line under the question, in the same block
            and ctx.text[hi:alo].count("\n") == 1
            # a labelled transcript ("Q: ...", "A: ...") is read as one
            and SPEAKER_LABEL_RE.match(question) is None
            and SPEAKER_LABEL_RE.match(answer) is None
            and ctx.quote_at(alo) is None
        ):
            pairs.append(k)
    before = ctx.paragraphs[pairs[0] - 1] if pairs and pairs[0] else None
    # Answers in the first person, unless the paragraph before the first question says
    # it introduces an interview ("She answered questions from RMI's Americas desk.").
    if before is None or not _INTERVIEW_INTRO_RE.search(ctx.text[before[0] : before[1]]):
        pairs = [
            k for k in pairs if _FIRST_PERSON_RE.search(ctx.text[slice(*ctx.paragraphs[k + 1])])
        ]
    if len(pairs) < INTERVIEW_MIN_QUESTIONS:
        return []
    first = ctx.paragraphs[pairs[0]][0]
    before = ctx.paragraphs[pairs[0] - 1] if pairs[0] else None
    interviewee = (_person_within(ctx, *before) if before else None) or _most_named_person(
        ctx, first
    )
    if interviewee is None:
        return []
    return [_unmarked_quote(ctx, interviewee, *ctx.paragraphs[k + 1]) for k in pairs]


def _after_label(ctx: ArticleContext, at: int) -> int:
    """Where the words start after a speaker's label at ``at`` ("AT: ", "Ines Valcarcel:
    "), if there is one."""
    m = SPEAKER_LABEL_RE.match(ctx.text, at)
    return m.end() if m is not None and len(m["label"].split()) <= 3 else at


def _most_named_person(ctx: ArticleContext, before: int) -> Ref | None:
    """The person named most often before an offset, pronouns included; the first named
    of those named as often."""
    counts: dict[str, int] = {}
    surfaces: dict[str, str] = {}
    for m in ctx.mentions_in(0, before):
        eid = str(m["entity_id"])
        if ctx.etype(eid) != "PERSON":
            continue
        counts[eid] = counts.get(eid, 0) + 1
        if m.get("mention_kind") != "pronoun":
            surfaces.setdefault(eid, str(m.get("surface") or ""))
    named = [e for e in counts if e in surfaces]
    if not named:
        return None
    best = max(named, key=lambda e: counts[e])  # max keeps the first of a tie
    return Ref(best, surfaces[best], 0, 0)


def _named_transcript_quotes(ctx: ArticleContext) -> list[dict]:
    """A briefing or interview published as a transcript whose labels name the speakers
    as written ("Wang Wenbin:", "Levan Gvritishvili:"), two or more of its paragraphs
    opening with a person's name: each labelled paragraph is that person's words, and so
    is every paragraph after it up to the next label or heading (an answer runs over
    several); a paragraph labelled by anyone else (an outlet, "Reporter") that asks is a
    question, of no named speaker. Labels in capitals are :func:`_transcript_quotes`'."""
    labels: dict[int, tuple[int, Ref | None, bool]] = {}
    staff = lexset("broadcast_staff_labels")
    for k, (lo, hi) in enumerate(ctx.paragraphs):
        m = SPEAKER_LABEL_RE.match(ctx.text, lo, hi) or READER_LABEL_RE.match(ctx.text, lo, hi)
        p = PARLIAMENT_LABEL_RE.match(ctx.text, lo, hi) if m is None else None
        if p is not None and not p["label"].isupper():  # capitals: _transcript_quotes
            # The member or the minister the label or its brackets name; an outlet's
            # ("Question (Xinhua):") asks, of no named speaker.
            labels[k] = (p.end(), _person_within(ctx, p.start(), p.end("brackets")), False)
            continue
        if m is None:
            continue
        capitals = m["label"].isupper()
        # The whole label is the name: "Formula TV" is no person "Formula".
        speaker = _person_within(ctx, m.start("label"), m.end("label"))
        if speaker is not None and not any(
            x["entity_id"] == speaker.entity_id and x["char_end"] == m.end("label")
            for x in ctx.mentions_in(m.start("label"), m.end("label"))
        ):
            speaker = None
        if speaker is None and not capitals:
            speaker = _labelled_person(ctx, m["label"], lo)
        if speaker is not None and ctx.holds_role(speaker.entity_id, staff):
            # The outlet's own correspondent answering readers tells the story.
            labels[k] = (m.end(), None, True)
            continue
        labels[k] = (m.end(), speaker, capitals)
    if sum(1 for _, sp, caps in labels.values() if sp is not None and not caps) < 2:
        return []
    rows: list[dict] = []
    current: Ref | None = None
    for k in range(min(labels), len(ctx.paragraphs)):
        lo, hi = ctx.paragraphs[k]
        start = lo
        if k in labels:
            start, current, capitals = labels[k]
            asks = "?" in ctx.text[start:hi]
            if capitals or (current is None and not asks):
                current = None
                continue  # the capitals' own rule; a label that neither speaks nor asks
            if current is None:
                # "Question: Good afternoon. Nadia Fuchs-Morello, Adriatic Press. ...?"
                rows.append(_unmarked_quote(ctx, _self_named_asker(ctx, start, hi), start, hi))
                continue
        elif current is None or not SENTENCE_END_RE.search(ctx.text[lo:hi].rstrip()):
            current = None  # a heading ends the answer ("Questions and answers")
            continue
        rows.append(_unmarked_quote(ctx, current, start, hi))
    return rows


def _self_named_asker(ctx: ArticleContext, lo: int, hi: int) -> Ref | None:
    """The correspondent who names himself or herself and the outlet in one of a
    question's first two sentences ("Good afternoon. Nadia Fuchs-Morello, Adriatic
    Press."), as briefing transcripts print the asker."""
    para_lo = ctx.paragraphs[ctx.paragraph_index(lo)][0]
    for sent in [x for x in ctx.sentences_between(para_lo, hi) if ctx.end(x) > lo][:2]:
        s = max(ctx.start(sent), lo)  # the first opens after the label
        s += len(ctx.text[s:hi]) - len(ctx.text[s:hi].lstrip())
        for m in ctx.mentions_in(s, ctx.end(sent)):
            if int(m["char_start"]) != s or ctx.etype(str(m["entity_id"])) != "PERSON":
                continue
            if ctx.text[int(m["char_end"]) : int(m["char_end"]) + 1] == ",":
                return ctx.ref(m)
    return None


# How many paragraphs from the top an introduction to an address published in full may
# stand at (outlet and date lines come first).
IN_FULL_INTRO_REACH = 4
_FIRST_PERSON_RE = re.compile(r"\b(?:I|we|We|our|Our|my|My|us)\b")


@cache
def _in_full_re() -> re.Pattern[str]:
    return re.compile(lexicon()["published_in_full"], re.IGNORECASE)


def _published_in_full(ctx: ArticleContext) -> list[dict]:
    """An address, speech or statement published in full after an introduction that
    says so ('The Press Service publishes the full text of the address'): every
    paragraph after the introduction is the words of the person it names, and so is
    what those paragraphs state on no one else's word. Only when they speak in the first
    person. Words it quotes of others ('declared its "full solidarity"') stay theirs."""
    intro = next(
        (
            k
            for k, (lo, hi) in enumerate(ctx.paragraphs[:IN_FULL_INTRO_REACH])
            if _in_full_re().search(ctx.text, lo, hi)
        ),
        None,
    )
    if intro is None or intro + 1 >= len(ctx.paragraphs):
        return []
    speaker = _person_within(ctx, *ctx.paragraphs[intro])
    body = ctx.paragraphs[intro + 1 :]
    # The text ends at its end mark ("– ENDS –") or at the page's own note below it
    # ("Editor's note: ...", "Related: ...").
    end = next(
        (
            k
            for k, (lo, hi) in enumerate(body)
            if _after_the_text(ctx.text[lo:hi]) or _heading_after_speech(ctx.text[lo:hi])
        ),
        None,
    )
    body = body[:end]
    if speaker is None or not any(_FIRST_PERSON_RE.search(ctx.text, lo, hi) for lo, hi in body):
        return _document_under_letterhead(ctx, body)
    return [
        _unmarked_quote(ctx, speaker, lo, hi)
        for lo, hi in body
        if ctx.text[lo:hi].strip(TRAILING) and not _speech_furniture(ctx.text[lo:hi])
    ]


# What a speech printed in full carries that is no one's words: the delivery note, the
# address alone on its line, the issuer's contact line below it.
_SPEECH_FURNITURE_RE = re.compile(
    r"\s*(?:(?:check against delivery|as delivered|embargoed\b[^\n]*)\.?\s*$|"
    r"(?:mr|mister|madam|madame)\.? (?:president|chair\w*|speaker|secretary-general)\W*$|"
    r"(?:excellencies|your excellencies|ladies and gentlemen|distinguished delegates|"
    r"dear colleagues)\W*$|"
    r"[^\n]*\|\s*(?:tel(?:ephone)?|phone|e-?mail|fax)\b)",
    re.IGNORECASE,
)


def _speech_furniture(paragraph: str) -> bool:
    """Is every line of the paragraph the speech's furniture ("Mr. President," over
    "Excellencies,")?"""
    if _SPEECH_FURNITURE_RE.match(paragraph):
        return True  # a contact block opening on its press office's line
    return all(_SPEECH_FURNITURE_RE.match(ln) for ln in paragraph.split("\n") if ln.strip())


def _heading_after_speech(paragraph: str) -> bool:
    """A heading of the page's own below the speech ("Interactive dialogue (summary)"):
    a short line no sentence or address ends ("Excellencies," is the speech's)."""
    text = paragraph.strip()
    return (
        "\n" not in text
        and len(text.split()) <= LETTERHEAD_MAX_WORDS
        and text[-1] not in ".!?:;,"
        and not _speech_furniture(text)
    )


def _after_the_text(paragraph: str) -> bool:
    """Is this paragraph past a text printed in full: its end mark, or a page label's
    note ("Editor's note: ...")?"""
    label = paragraph.split(":", 1)[0].strip().casefold() if ":" in paragraph[:20] else ""
    return END_MARK_RE.match(paragraph) is not None or label in lexset("page_labels")


# A letterhead's lines: "Republic of Lebanon", "Ministry of Public Health", "Report No. 15".
LETTERHEAD_MAX_WORDS = 8


def _page_heading(text: str) -> bool:
    """A short line of the page's own, no sentence: the heading that ends a document
    printed in full ("What the minister said", "Reactions")."""
    return "\n" not in text and len(text.split()) <= LETTERHEAD_MAX_WORDS and text[-1] not in ".!?:"


def _document_under_letterhead(ctx: ArticleContext, body: list[tuple[int, int]]) -> list[dict]:
    """A body's document published in full under its own letterhead ("Republic of
    Lebanon / Ministry of Public Health / Cumulative Report No. 15"): each of its
    paragraphs, up to the page's next heading, is the words of the body (else the state)
    the letterhead names, in the third person as documents speak."""
    if len(body) < 2:
        return []
    head_lo, head_hi = body[0]
    lines = [ln.strip() for ln in ctx.text[head_lo:head_hi].split("\n") if ln.strip()]
    if len(lines) < 2 or any(
        len(ln.split()) > LETTERHEAD_MAX_WORDS or ln[-1] in ".!?:;," for ln in lines
    ):
        return []
    # A body the letterhead names, tagged there or, the model reading a letterhead
    # poorly, by the same name elsewhere in the article; else its state.
    named = {
        str(m.get("surface") or "").casefold(): str(m["entity_id"])
        for m in ctx.mentions
        if ctx.etype(str(m["entity_id"])) == "ORG"
    }
    mentioned = ctx.mentions_in(head_lo, head_hi)
    issuer = (
        next(
            (
                Ref(str(m["entity_id"]), str(m.get("surface") or ""), head_lo, head_hi)
                for m in mentioned
                if ctx.etype(str(m["entity_id"])) == "ORG"
            ),
            None,
        )
        or next(
            (
                Ref(named[ln.casefold()], ln, head_lo, head_hi)
                for ln in lines
                if ln.casefold() in named
            ),
            None,
        )
        or next(
            (
                Ref(str(m["entity_id"]), str(m.get("surface") or ""), head_lo, head_hi)
                for m in mentioned
                if ctx.etype(str(m["entity_id"])) == "COUNTRY"
            ),
            None,
        )
    )
    if issuer is None:
        return []
    rows = []
    for lo, hi in body[1:]:
        text = ctx.text[lo:hi].strip()
        if _page_heading(text):
            break  # the page's next heading: the document has ended
        rows.append(_unmarked_quote(ctx, issuer, lo, hi))
    return rows


# "1. We, the G7 Foreign Ministers of ...": a statement's first paragraph names who speaks.
_WE_THE_RE = re.compile(r"\W*(?:\d+[.)]\s*)?We,\s+(?:the\s+)?")


@cache
def _read_out_re() -> re.Pattern[str]:
    return re.compile(lexicon()["statement_read_out"], re.IGNORECASE)


def _read_out_statement(ctx: ArticleContext) -> list[dict]:
    """A statement's words set out after a line that introduces them ('The statement
    reads in part:'): each paragraph after it in the first person, to the first that is
    not, is the words of the body or state its first paragraph names ('1. We, the G7
    Foreign Ministers of ...')."""
    for k, (lo, hi) in enumerate(ctx.paragraphs[:-1]):
        if not _read_out_re().search(ctx.text[lo:hi]):
            continue
        body = []
        for b_lo, b_hi in ctx.paragraphs[k + 1 :]:
            if not _FIRST_PERSON_RE.search(ctx.text, b_lo, b_hi):
                break
            body.append((b_lo, b_hi))
        if not body:
            continue
        first_lo, first_hi = body[0]
        opening = _WE_THE_RE.match(ctx.text, first_lo, first_hi)
        if opening is None:
            continue
        speaker = _speaker_within(ctx, opening.end(), first_hi)
        if speaker is None:
            continue
        rows = []
        for b_lo, b_hi in body:
            if number := _ITEM_NUMBER_RE.match(ctx.text, b_lo, b_hi):
                b_lo = number.end()  # "2. We call on ...": the number is the page's
            rows.append(_unmarked_quote(ctx, speaker, b_lo, b_hi))
        return rows
    return []


_ITEM_NUMBER_RE = re.compile(r"\d{1,3}[.)]\s+")


# A credit line under a quote standing alone: "- Gen Moses Rwakatooro, Uganda's Chief of
# Defence Forces, speaking to troops in Koboko"; a fact check's "Who said it: Serbia's
# Defence Minister, X, on RTS" under the claim it checks.
_CREDIT_LINE_RE = re.compile(
    r"[ \t]*\n[ \t]*(?:[—–-]{1,2}|(?P<check>(?i:who said it|said by|claimed by|claim by|"
    r"who shared it|shared by)):)[ \t]*"
    r"(?P<who>[^\n]{2,160})$",
    re.M,
)
# What may open a checked claim's line before its quote: "1. ", "Video: ".
_CLAIM_LINE_OPENING_RE = re.compile(r"\s*(?:\d{1,2}[.)][ \t]+)?(?:[A-Z][a-z]+:[ \t]+)?")


def _credit_line_speaker(ctx: ArticleContext, mark_end: int) -> tuple[bool, Ref | None]:
    """Whether a credit line right below a quote that is all its line holds (a checked
    claim's number and kind before it aside) says who said it, and whom: the person it
    names; a fact check's "Who said it:" line may name a body instead, and its "Who shared
    it:" line says no one did ("viral posts")."""
    lo, hi = ctx.paragraphs[ctx.paragraph_index(mark_end - 1)]
    line_start = ctx.text.rfind("\n", lo, mark_end - 1) + 1 or lo
    opening = _CLAIM_LINE_OPENING_RE.match(ctx.text, line_start, mark_end)
    at = opening.end() if opening else line_start
    if ctx.text[at:mark_end][:1] not in ('"', "“", "'", "‘"):
        return False, None  # the quote opens no line of its own
    k = ctx.paragraph_index(mark_end - 1)
    if k + 1 < len(ctx.paragraphs) and ctx.text[hi : ctx.paragraphs[k + 1][0]].count("\n") == 1:
        hi = ctx.paragraphs[k + 1][1]  # the credit on the next line, a paragraph of its own
    m = _CREDIT_LINE_RE.match(ctx.text, mark_end, hi)
    if m is None:
        return False, None
    if m["check"] is None:
        who = _person_within(ctx, m.start("who"), m.start("who") + _name_part(m["who"]))
    elif "shar" in m["check"].casefold():
        return True, None
    else:
        who = _speaker_within(ctx, m.start("who"), m.end("who"))
    return who is not None, who


def _name_part(credit: str) -> int:
    """Length of a credit line's first part, the name before its role ("Gen X, Chief of
    Defence Forces, ...")."""
    return len(credit.split(",", 1)[0])


def _speaker_within(ctx: ArticleContext, lo: int, hi: int) -> Ref | None:
    """The first person named between ``lo`` and ``hi``, else the first body or state."""
    return _person_within(ctx, lo, hi) or next(
        (
            Ref(str(m["entity_id"]), str(m.get("surface") or ""), lo, hi)
            for m in ctx.mentions_in(lo, hi)
            if ctx.etype(str(m["entity_id"])) in ("ORG", "COUNTRY")
        ),
        None,
    )


def _person_within(ctx: ArticleContext, lo: int, hi: int) -> Ref | None:
    """The first person named between ``lo`` and ``hi``."""
    for m in ctx.mentions_in(lo, hi):
        if ctx.etype(str(m["entity_id"])) == "PERSON" and m.get("mention_kind") != "pronoun":
            return Ref(str(m["entity_id"]), str(m.get("surface") or ""), lo, hi)
    return None


def _last_person(ctx: ArticleContext, before: int) -> Ref | None:
    """The last person named in the paragraph before offset ``before`` (an interview's
    introduction names whom the questions are put to last)."""
    k = ctx.paragraph_index(before)
    if k <= 0:
        return None
    lo, hi = ctx.paragraphs[k - 1]
    found = [
        m
        for m in ctx.mentions_in(lo, hi)
        if ctx.etype(str(m["entity_id"])) == "PERSON" and m.get("mention_kind") != "pronoun"
    ]
    if not found:
        return None
    m = found[-1]
    return Ref(str(m["entity_id"]), str(m.get("surface") or ""), lo, hi)


@cache
@cache
def _office_labels() -> frozenset[str]:
    """Offices a transcript's label may name its speaker by ("Spokesperson:"), folded."""
    return frozenset(ref.key(r.surface) for r in ref.load_roles() if r.kind == "role")


def _label_titles() -> frozenset[str]:
    """Ranks and honorifics, folded, as a transcript's label may open with them."""
    return frozenset(
        r.surface.casefold()
        for r in ref.load_roles()
        if r.kind in ("rank", "honorific", "name_honorific") and " " not in r.surface
    )


def _labelled_person(ctx: ArticleContext, label: str, before: int) -> Ref | None:
    """The person named before ``before`` whose name holds the label's words, a rank or
    honorific before them aside ("COL. TESFAYE:" after "Colonel Tesfaye Alemayehu", "MR.
    PELL:"), or the last of them, an office before the name aside ("PRESS SECRETARY
    JONAS PELL:")."""
    if (initials := _initials(label)) is not None:
        for m in reversed(ctx.mentions):
            if int(m["char_start"]) >= before or ctx.etype(str(m["entity_id"])) != "PERSON":
                continue
            name = str(m.get("surface") or ctx.text[m["char_start"] : m["char_end"]]).split()
            if len(name) >= 2 and "".join(w[0] for w in name).upper() == initials:
                return Ref(str(m["entity_id"]), label, before, before + len(label))
    words = label.casefold().split()
    titles = _label_titles()
    while len(words) > 1 and (words[0] in titles or words[0].rstrip(".") in titles):
        words = words[1:]
    # Only a label in capitals names its speaker after an office; "Deputy Spokesperson:"
    # names no one.
    for k in range(len(words) if label.isupper() else 1):
        for m in reversed(ctx.mentions):
            # The label itself may name the person ("PRESS SECRETARY JONAS PELL:").
            if (
                int(m["char_start"]) >= before + len(label)
                or ctx.etype(str(m["entity_id"])) != "PERSON"
            ):
                continue
            surface = str(m.get("surface") or ctx.text[m["char_start"] : m["char_end"]])
            if all(w in surface.casefold().split() for w in words[k:]):
                return Ref(str(m["entity_id"]), label, before, before + len(label))
    return _introduced_by_label(ctx, label, before)


# How far after an office's word its holder's name may stand: "its Spokesperson,
# Ambassador Kadiatu Sesay-Bangura".
LABEL_NAME_REACH = 40


def _introduced_by_label(ctx: ArticleContext, label: str, before: int) -> Ref | None:
    """ "Spokesperson:" in a transcript whose introduction names "its Spokesperson,
    Ambassador Kadiatu Sesay-Bangura" or "Tomás Lindgren-Okafor, Spokesperson for the
    Secretary-General": the person named right after the label's words, or right before
    them with only a comma between, the last time the text used them before."""
    if ref.key(label) not in _office_labels():
        return None  # "CHAMPHAI:" is a dateline, "BRIDGE:" a jump's slug: no office
    found: Ref | None = None
    # The introduction stands before the label's first turn: a spokesman's answer that
    # names "the spokesperson of the UN Secretary-General, X" introduces no one.
    first = re.search(rf"(?m)^{re.escape(label)}\s*:", ctx.text)
    limit = min(before, first.start()) if first is not None else before
    for m in re.finditer(rf"\b{re.escape(label)}\b", ctx.text[:limit], re.IGNORECASE):
        if ctx.text[m.end() : m.end() + 1] == ":":
            continue  # another turn's label, not the introduction
        person = _person_within(ctx, m.end(), m.end() + LABEL_NAME_REACH)
        if person is None:
            person = _person_set_before(ctx, m.start())
        if person is not None:
            found = person
    return found


def _person_set_before(ctx: ArticleContext, at: int) -> Ref | None:
    """The person named just before an office set off by a comma: "by Tomás
    Lindgren-Okafor, Spokesperson for ..." (a determiner may open the office)."""
    for m in ctx.mentions_in(max(0, at - LABEL_NAME_REACH), at):
        if ctx.etype(str(m["entity_id"])) != "PERSON" or m.get("mention_kind") == "pronoun":
            continue
        if _APPOSITION_GAP_RE.fullmatch(ctx.text, int(m["char_end"]), at):
            return Ref(str(m["entity_id"]), str(m.get("surface") or ""), int(m["char_start"]), at)
    return None


_APPOSITION_GAP_RE = re.compile(r"\s*,\s*(?:the\s+|its\s+|his\s+|her\s+)?", re.IGNORECASE)


def _initials(label: str) -> str | None:
    """The letters of a label of initials ("M.S.", "KO"), or None for a word."""
    letters = label.replace(".", "")
    if not (2 <= len(letters) <= 4 and letters.isalpha() and letters.isupper()):
        return None
    return letters


def _cue_and_speaker(
    ctx: ArticleContext, rows: list[dict], mark_start: int, mark_end: int, start: int, end: int
) -> tuple[Token | None, Ref | None]:
    if (labelled := _label_line_speaker(ctx, mark_start)) is not None:
        return None, labelled
    cue, sents = _find_cue(ctx, mark_start, mark_end, start, end)
    speaker: Ref | None = None
    if cue is not None:
        speaker = ctx.resolve_subject(cue)
        if speaker is not None and (
            ctx.etype(speaker.entity_id) == "COUNTRY" or _official_of(ctx, cue, speaker)
        ):
            # "He said Niamey condemned 'terrorism in all its forms'", "The UN secretary
            # general ... calls for '...', his spokesperson said": the one who speaks for
            # the state or for the body's unnamed official said the words.
            speaker = _reporting_person(ctx, cue, speaker.entity_id) or speaker
        elif speaker is None and not ctx.subject_heads(cue)[0]:
            # A cue with no subject of its own under another speech verb ("X said the
            # Secretary-General was 'deeply worried', called for ..."), parsed as a
            # clause of it: the person who said it.
            speaker = _reporting_person(ctx, cue)
    if speaker is None and cue is None:
        speaker = _label_before_colon(ctx, mark_start)
    if speaker is None:
        for sent in sents:
            speaker = ctx.source_of_sentence(sent)
            if speaker is not None:
                break
    if speaker is None and cue is None:
        speaker = ctx.introduced_source(mark_start)
    if speaker is None and cue is None:
        cue, speaker = _poster_before_colon(ctx, mark_start)
    if speaker is None and cue is None:
        speaker = _person_before_colon(ctx, mark_start)
    if speaker is None and cue is None and not _hangs_on_verb(ctx, mark_start, mark_end, start):
        speaker = _carried_speaker(ctx, rows, mark_start)
    return cue, speaker


def _official_of(ctx: ArticleContext, cue: Token, body: Ref) -> bool:
    """Whether the cue's subject is an unnamed official the body only qualifies ("The UN
    secretary general"), not the body itself ("Mexico's Foreign Relations Department")."""
    if ctx.etype(body.entity_id) != "ORG":
        return False
    tok = cue
    while tok.head.i != tok.i and not _is_speech_verb(tok.head, lexset("speech_verbs")):
        tok = tok.head
    if tok.head.i == tok.i or tok.dep_ == "conj":
        # "X called for '...', and the UN Secretary-General said he was 'deeply
        # alarmed'": a clause beside another's, which reports nothing of it.
        return False
    heads, _ = ctx.subject_heads(cue)
    return bool(heads) and all(
        not body.char_start <= ctx.start(h) < body.char_end and h.lower_ in _office_heads()
        for h in heads
    )


@cache
def _office_heads() -> frozenset[str]:
    """Last words of offices, folded ("general" of "Secretary General", "spokesperson")."""
    return frozenset(
        r.surface.casefold().replace("-", " ").split()[-1]
        for r in ref.load_roles()
        if r.kind == "role"
    )


def _label_line_speaker(ctx: ArticleContext, mark_start: int) -> Ref | None:
    """ "7. SOUNDBITE (Spanish) Hernán Benavides Yépez, mayor of Ipiales:" on the line
    above a quote that opens its line: a label with no verb naming one person, whose
    words the quote is."""
    line_start = ctx.text.rfind("\n", 0, mark_start) + 1
    if ctx.text[line_start:mark_start].strip() or line_start == 0:
        return None
    prev_start = ctx.text.rfind("\n", 0, line_start - 1) + 1
    label = ctx.text[prev_start : line_start - 1].rstrip()
    if not label.endswith(":") and not _CLIP_LABEL_RE.match(label):
        return None  # a label ends in a colon; a script's clip line need not
    toks = ctx.tokens_in(prev_start, prev_start + len(label))
    # A verb in brackets is a note on the clip ("(0:18, translated from French)").
    bracketed = {i for m in re.finditer(r"\([^()]*\)", label) for i in range(*m.span())}
    if not toks or any(is_verb(t) and ctx.start(t) - prev_start not in bracketed for t in toks):
        return None
    persons = [
        m
        for m in ctx.mentions_in(prev_start, prev_start + len(label))
        if ctx.etype(str(m["entity_id"])) == "PERSON"
    ]
    if len({str(m["entity_id"]) for m in persons}) != 1:
        return None
    m = persons[0]
    s, e = int(m["char_start"]), int(m["char_end"])
    return Ref(str(m["entity_id"]), ctx.text[s:e], s, e)


def _label_before_colon(ctx: ArticleContext, mark_start: int) -> Ref | None:
    """ "Anneliese Kroner, senior analyst at Crisis Horizons in Brussels: 'The real risk
    is spillover.'": a panel's label opening the quote's line, with no verb, that opens
    on a person's name: the words are that person's, not the body the label places
    them in."""
    line_start = ctx.text.rfind("\n", 0, mark_start) + 1
    label = ctx.text[line_start:mark_start].rstrip()
    if not label.endswith(":") or len(label.split()) < 2:
        return None
    toks = ctx.tokens_in(line_start, line_start + len(label))
    # No finite verb: "a former diplomat now teaching in Prague" still only describes.
    if not toks or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks):
        return None
    persons = [
        m
        for m in ctx.mentions_in(line_start, line_start + len(label))
        if ctx.etype(str(m["entity_id"])) == "PERSON" and m.get("mention_kind") != "pronoun"
    ]
    if not persons or int(persons[0]["char_start"]) != ctx.start(toks[0]):
        return None
    m = persons[0]
    s, e = int(m["char_start"]), int(m["char_end"])
    return Ref(str(m["entity_id"]), ctx.text[s:e], s, e)


def _person_before_colon(ctx: ArticleContext, mark_start: int) -> Ref | None:
    """ "Gheorghe will not leave: 'Where would I go?'": a sentence quoted after a colon
    that closes a clause about a person, who is its subject, is that person's."""
    before = ctx.text[:mark_start].rstrip(" \t")
    if not before.endswith(":") or not ctx.text[mark_start + 1 : mark_start + 2].isupper():
        return None
    toks = ctx.tokens_in(len(before) - 1, len(before))
    if not toks:
        return None
    root = toks[0].sent.root
    if not is_verb(root) or root.i >= toks[0].i or ctx.in_quote(root):
        return None
    speaker = ctx.resolve_subject(root)
    return speaker if speaker is not None and ctx.etype(speaker.entity_id) == "PERSON" else None


def _poster_before_colon(ctx: ArticleContext, mark_start: int) -> tuple[Token | None, Ref | None]:
    """ "Ubax Nugaal managed one more post, through a neighbour's dish: 'We are alive.'":
    a quote after a colon that closes a clause about a message someone sent (a post, a
    message, a video: ``message_nouns``) is that someone's."""
    before = ctx.text[:mark_start].rstrip(" \t")
    if not before.endswith(":"):
        return None, None
    toks = ctx.tokens_in(len(before) - 1, len(before))
    if not toks:
        return None, None
    for tok in toks[0].sent:
        if tok.i >= toks[0].i or tok.dep_ != "dobj" or lemma_of(tok) not in lexset("message_nouns"):
            continue
        verb = tok.head
        if is_verb(verb) and (speaker := ctx.resolve_subject(verb)) is not None:
            return verb, speaker
    return None, None


def _reporting_person(ctx: ArticleContext, cue: Token, state: str | None = None) -> Ref | None:
    """The person whose speech verb the cue's clause reports, if any; or, for a state's
    words, the state's own body that reports them ("Ankara urged '...', the Turkish
    foreign ministry said")."""
    speech = lexset("speech_verbs")
    if state is not None and cue.dep_ == "advcl" and any(c.dep_ == "nsubj" for c in cue.children):
        # "X said ..., Qatar adding that it was 'ready to ...'": a clause set beside the
        # report with a subject of its own is that state's word, not X's report of it.
        return None
    for anc in cue.ancestors:
        if _is_speech_verb(anc, speech):
            r = ctx.resolve_subject(anc)
            if r is not None and ctx.etype(r.entity_id) == "PERSON":
                return r
            if r is not None and state is not None and ctx.state_of(r.entity_id) == state:
                return r if ctx.etype(r.entity_id) == "ORG" else None
            return None
    return None


def _hangs_on_verb(ctx: ArticleContext, mark_start: int, mark_end: int, start: int) -> bool:
    """Whether quoted words depend on a verb outside the marks ("which read, "...""):
    with no speech verb there, nobody is said to speak them, so no speaker carries over.
    """
    for tok in ctx.tokens_in(start, mark_end):
        head = tok.head
        outside = not mark_start <= ctx.start(head) < mark_end
        if outside and (is_verb(head) or any(is_verb(a) for a in head.ancestors)):
            return True
    return False


def _nested_cue_and_speaker(
    ctx: ArticleContext,
    outer: tuple[int, int, int, int],
    mark_start: int,
    mark_end: int,
    start: int,
    end: int,
) -> tuple[Token | None, Ref | None]:
    """A quote inside a quote ("He told me, 'Leave.'"): its speaker is someone the
    outer speaker names; a pronoun there ("he", "they") points at nobody we know.
    """
    speech = lexset("speech_verbs")
    inner = ctx.tokens_in(start, end)
    cands = [
        t
        for t in ctx.tokens_in(outer[2], outer[3])
        if not mark_start <= ctx.start(t) < mark_end
        and _is_speech_verb(t, speech)
        and any(t in q.ancestors for q in inner)
    ]
    if not cands:
        return None, None
    cue = max(cands, key=lambda t: t.i)
    heads, _ = ctx.subject_heads(cue)
    for head in heads:
        m = ctx.choose(ctx.mentions_of_tokens(ctx.np_tokens(head)), head)
        if m is not None and m.get("mention_kind") != "pronoun":
            return cue, ctx.ref(m)
    return cue, None


def _carried_speaker(ctx: ArticleContext, rows: list[dict], mark_start: int) -> Ref | None:
    """Speaker of a quote with no cue: the speaker of the quote just before (also
    when it is unknown), else the last person or organization named before.
    """
    para = ctx.paragraph_index(mark_start)
    for prev in reversed(rows):
        if ctx.paragraph_index(prev["char_start"]) < para - 1:
            break
        if prev["_nested"]:
            continue
        if not prev["speaker_id"]:
            return None
        return Ref(
            prev["speaker_id"], prev["speaker_surface"], prev["char_start"], prev["char_end"]
        )
    lo = ctx.paragraphs[max(para - 1, 0)][0]
    m = ctx.antecedent(("PERSON", "ORG"), mark_start)
    if m is not None and int(m["char_start"]) >= lo:
        return ctx.ref(m)
    return None
