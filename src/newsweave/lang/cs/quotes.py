"""Czech quote data: speech verbs and nouns, according-to markers, quotation marks,
pronouns, titles and role clauses."""

# Infinitive of both aspects, present 3sg/3pl and past in all genders (řekl -a -i -y).
SPEECH_VERBS = """
říci říct řekl řekla řekli řekly
říkat říká říkají říkal říkala říkali
uvést uvedl uvedla uvedli uvedly uvádí uvádějí
prohlásit prohlásil prohlásila prohlásili prohlašuje
sdělit sdělil sdělila sdělili sděluje
dodat dodal dodala dodali dodává
vysvětlit vysvětlil vysvětlila vysvětluje
zdůraznit zdůraznil zdůraznila zdůraznili zdůrazňuje
tvrdit tvrdí tvrdil tvrdila tvrdili
napsat napsal napsala napsali píše píší
oznámit oznámil oznámila oznámili oznamuje
potvrdit potvrdil potvrdila potvrdili potvrzuje
popřít popřel popřela popírá
varovat varoval varovala varuje
myslet myslí myslel myslela
domnívat domnívá domníval domnívala
věřit věří
mínit míní mínil mínila
odhadnout odhadl odhadla odhaduje
hodnotit hodnotí zhodnotil zhodnotila
poznamenat poznamenal poznamenala
upozornit upozornil upozornila upozornili upozorňuje
podotknout podotkl podotkla
zeptat zeptal zeptala ptá
odpovědět odpověděl odpověděla odpovídá
připustit připustil připustila připouští
přiznat přiznal přiznala přiznává
slíbit slíbil slíbila slibuje
ujistit ujistil ujistila
navrhnout navrhl navrhla navrhuje
komentovat komentoval okomentoval okomentovala
kritizovat kritizoval kritizovala kritizuje
požadovat požadoval požadovala požaduje
vyzvat vyzval vyzvala vyzývá
popsat popsal popsala popisuje
označit označil označila označuje
připomenout připomněl připomněla připomíná
informovat informoval informovala informuje
konstatovat konstatoval konstatovala konstatuje
"""

SPEECH_NOUNS = """
prohlášení vyjádření sdělení oznámení
zpráva zprávy zprávě
názor názoru stanovisko stanoviska
hodnocení odhad tvrzení varování
rozhovor rozhovoru příspěvek
slova slov
kritika výzva odpověď informace
"""

# "aby" opens what is called for ("vyzval, aby").
COMPLEMENTIZERS = "že zda jestli aby"

ACCORDING_TO = ("podle", "dle")
ACCORDING_TO_AFTER = ()

QUOTE_MARKS = (("„", "“"), ("»", "«"), ('"', '"'))
SCARE_QUOTES = (("‚", "‘"), ("'", "'"))

# Uncertain: Czech news mostly quotes with „…“; a paragraph opening with a dash is found
# in interviews and reportage.
DIALOGUE_DASH = True

# Czech drops the subject pronoun; the past-tense verb shows the gender. "ona" is also
# the neuter plural "they", rare as a speaker.
PRONOUNS = {"on": "m", "ona": "f", "oni": "p", "ony": "p", "ono": "n"}

TITLES = """
prezident prezidenta premiér premiéra
ministr ministra ministryně kancléř kancléřka
král královna princ princezna
papež biskup arcibiskup kardinál
profesor profesorka prof. doktor doktorka dr.
generál plukovník kapitán admirál
senátor senátorka poslanec poslankyně europoslanec
starosta starostka primátor primátorka hejtman hejtmanka
mluvčí mluvčího
velvyslanec velvyslankyně
ředitel ředitelka šéf šéfka předseda předsedkyně lídr
expert expertka analytik analytička vědec vědkyně ekonom ekonomka
soudce soudkyně žalobce žalobkyně advokát advokátka právník
sekretář guvernér
"""

ROLE_CLAUSES = (
    "který je",
    "která je",
    "který byl",
    "která byla",
    "který vede",
    "která vede",
    "jenž je",
    "jež je",
)

# Czech has no verb form reserved for reported speech.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "já my ty vy"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows
# ("průzkum ukazuje, že …", "vyšetřovatelé zjistili, že …"), never alone.
CLAUSE_VERBS = """
vědět ví vědí věděl věděla vím
ukázat ukázal ukázala ukázalo ukazuje
prokázat prokázal prokázalo
zjistit zjistil zjistila zjistili zjišťuje
vyplývá
doufat doufá doufám
pochopil chápe
uvědomil uvědomila uvědomuje
pochybuje obává
rozhodl rozhodla rozhodli
znamená zdá
objevil objevila
dozvěděl dozvěděla
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
věřit věří myslet myslí myslel myslela domnívat domnívá domníval domnívala doufat doufá
obává pochybuje názoru
"""
