"""Finnish quote data: speech verbs and nouns, according-to markers, quotation marks,
pronouns, titles and role clauses."""

# Infinitive, present 3sg/3pl, past 3sg/3pl, active participle and passive ("sanotaan",
# "kerrottiin"); many -aa/-ää verbs have the same infinitive and 3sg ("korostaa"). "lisää"
# (adds) is left out: it is mostly "more".
SPEECH_VERBS = """
sanoa sanoo sanovat sanoi sanoivat sanonut sanoneet sanotaan sanottiin
kertoa kertoo kertovat kertoi kertoivat kertonut kertoneet kerrotaan kerrottiin
todeta toteaa toteavat totesi totesivat todennut
lisätä lisäävät lisäsi lisäsivät lisännyt
selittää selittävät selitti selittänyt
painottaa painottavat painotti painottanut
korostaa korostavat korosti korostivat korostanut
väittää väittävät väitti väittivät väittänyt väitetään
kirjoittaa kirjoittavat kirjoitti kirjoittanut
raportoida raportoi raportoivat raportoinut
ilmoittaa ilmoittavat ilmoitti ilmoittivat ilmoittanut ilmoitetaan ilmoitettiin
vahvistaa vahvistavat vahvisti vahvistivat vahvistanut
kiistää kiistävät kiisti kiistänyt
varoittaa varoittavat varoitti varoittivat varoittanut
uskoa uskoo uskovat uskoi uskonut
arvioida arvioi arvioivat arvioinut arvioidaan arvioitiin
arvella arvelee arveli
ajatella ajattelee ajatteli
kysyä kysyy kysyi kysyivät
vastata vastaa vastasi vastasivat
huomauttaa huomautti
myöntää myöntävät myönsi
luvata lupaa lupasi lupaavat
vakuuttaa vakuutti
kommentoida kommentoi kommentoivat kommentoinut
kritisoida kritisoi kritisoivat kritisoinut
vaatia vaatii vaati vaativat vaatinut
kehottaa kehotti
kuvailla kuvailee kuvaili
muistuttaa muistutti
tviitata tviittasi
jatkaa jatkoi
"""

SPEECH_NOUNS = """
lausunto lausunnossa lausunnon
tiedote tiedotteessa tiedotteen
mielipide näkemys näkemyksen
arvio arvion väite väitteen
viesti viestissä
varoitus
raportti raportissa
haastattelu haastattelussa
twiitti twiitissä
sanat sanoin
kritiikki vaatimus vastaus ennuste kannanotto
"""

COMPLEMENTIZERS = "että jotta"

# Finnish puts the marker after the source, in the genitive: "poliisin mukaan" (according
# to the police), "asiantuntijan mielestä" (in the expert's opinion).
ACCORDING_TO = ()
ACCORDING_TO_AFTER = ("mukaan", "mielestä")

# Finnish closes with the same mark it opens with: ”…”, »…».
QUOTE_MARKS = (("”", "”"), ("»", "»"), ('"', '"'))
SCARE_QUOTES = (("'", "'"), ("’", "’"))

# "– Tilanne on vakava, hän sanoo." is the standard form in Finnish news (Yle, HS).
DIALOGUE_DASH = True

# "hän" is both he and she; "se"/"ne" (it/they) are colloquially used for persons too.
PRONOUNS = {"hän": "m f", "he": "p", "se": "n", "ne": "p"}

TITLES = """
presidentti presidentin pääministeri pääministerin ministeri ministerin
liittokansleri kuningas kuningatar prinssi
paavi piispa arkkipiispa
professori professorin tohtori dosentti
kenraali eversti kapteeni amiraali
senaattori kansanedustaja europarlamentaarikko
pormestari kaupunginjohtaja
tiedottaja suurlähettiläs
toimitusjohtaja johtaja pääjohtaja puheenjohtaja
asiantuntija analyytikko tutkija erikoistutkija ekonomisti pääekonomisti
tuomari syyttäjä kihlakunnansyyttäjä asianajaja
komisario rikoskomisario ylikomisario
"""

ROLE_CLAUSES = ("joka on", "joka oli", "joka toimii", "joka johtaa")

# Finnish has no verb form reserved for reported speech.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "minä me sinä te"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows
# ("kysely osoittaa, että …", "tutkijat havaitsivat, että …"), never alone.
CLAUSE_VERBS = """
tietää tietävät tiesi tiesivät tiedetään tiedän
osoittaa osoittavat osoitti osoittivat osoittanut osoittautui
näyttää näytti
havaita havaitsee havaitsi havaitsivat havaittiin
selvisi selvitti
toivoa toivoo toivovat toivoi
ymmärtää ymmärsi tajusi
todistaa todisti
epäillä epäilee epäili
päättää päätti
katsoo katsoi
tarkoittaa tarkoitti
paljastui
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
uskoa uskoo uskovat uskoi ajatella ajattelee ajatteli toivoa toivoo toivovat toivoi
epäillä epäilee epäili katsoo katsoi arvella arvelee arveli mielestä näkemyksen
"""
