"""Dutch quote data: speech verbs and nouns, according-to markers, quotation marks,
pronouns, titles and role clauses."""

# Infinitive, present 3sg (1sg where news quotes it), past sg/pl, participle. Separable
# verbs by their finite stem: "voegde ... toe" is "voegde", "legde ... uit" is "legde",
# "merkte ... op" is "merkte", "riep ... op" is "riep". "gaf aan" (indicated), "liet weten"
# (let it be known) and "houdt vol" (maintains) are left out: "gaf", "liet", "houdt" are
# mostly not speech; their participles are listed.
SPEECH_VERBS = """
zeggen zegt zei zeiden gezegd zeg
vertellen vertelt vertelde vertelden verteld
voegt voegde voegden toegevoegd
legt legde legden uitgelegd
verklaren verklaart verklaarde verklaarden verklaard
stellen stelt stelde stelden gesteld
benadrukken benadrukt benadrukte benadrukten
onderstrepen onderstreept onderstreepte
beweren beweert beweerde beweerden beweerd
schrijven schrijft schreef schreven geschreven
melden meldt meldde meldden gemeld
berichten bericht berichtte berichtten
kondigt kondigde kondigden aangekondigd
bevestigen bevestigt bevestigde bevestigden bevestigd
ontkennen ontkent ontkende ontkenden ontkend
waarschuwen waarschuwt waarschuwde waarschuwden gewaarschuwd
geloven gelooft geloofde geloofden
denken denkt dacht dachten
vinden vindt vond vonden
menen meent meende meenden
betogen betoogt betoogde
vragen vraagt vroeg vroegen gevraagd
antwoorden antwoordt antwoordde antwoordden geantwoord
reageren reageert reageerde reageerden gereageerd
wijzen wijst wees wezen gewezen
merkt merkte merkten opgemerkt
schatten schat schatte geschat ingeschat
aangegeven volgehouden toegegeven
erkennen erkent erkende erkend
beloven belooft beloofde beloofden beloofd
concluderen concludeert concludeerde geconcludeerd
suggereren suggereert suggereerde gesuggereerd
voorspellen voorspelt voorspelde voorspeld
twitteren twittert twitterde getwitterd tweette
bekritiseren bekritiseert bekritiseerde bekritiseerd
eisen eist eiste eisten geëist
roept riep riepen opgeroepen
pleiten pleit pleitte pleitten gepleit
beschrijven beschrijft beschreef beschreven
noemen noemt noemde noemden genoemd
verzekeren verzekert verzekerde verzekerd
herinneren herinnert herinnerde
spreken spreekt sprak spraken gesproken
verwachten verwacht verwachtte verwachtten
vrezen vreest vreesde vreesden
dringt drong aangedrongen
onthullen onthult onthulde onthuld
betreuren betreurt betreurde
klagen klaagt klaagde
"""

SPEECH_NOUNS = """
verklaring verklaringen
uitspraak uitspraken
mededeling mededelingen persbericht persberichten
bericht berichten
standpunt mening meningen opvatting visie
inschatting schatting schattingen beoordeling
bewering beweringen
boodschap
waarschuwing waarschuwingen
rapport rapporten
interview interviews
tweet tweets
woorden
kritiek
eis eisen oproep
belofte
antwoord reactie reacties
toelichting
conclusie
voorspelling verwachting
mail
"""

COMPLEMENTIZERS = "dat of"

ACCORDING_TO = ("volgens", "naar zeggen van", "in de woorden van")
ACCORDING_TO_AFTER = ()

# NRC, de Volkskrant and Trouw quote with single marks; NOS and most sites with double.
QUOTE_MARKS = (("“", "”"), ("‘", "’"), ('"', '"'), ("'", "'"), ("„", "”"))
SCARE_QUOTES = ()

DIALOGUE_DASH = False

# "zij"/"ze" is both "she" and "they".
PRONOUNS = {"hij": "m", "zij": "f p", "ze": "f p", "het": "n"}

TITLES = """
president premier vicepremier minister-president minister staatssecretaris
kanselier bondskanselier lijsttrekker
koning koningin prins prinses
paus bisschop kardinaal
professor prof. hoogleraar dokter dr. arts
generaal kolonel kapitein commandant admiraal luitenant
senator kamerlid europarlementariër
burgemeester wethouder gouverneur commissaris hoofdcommissaris
woordvoerder woordvoerster
ambassadeur gezant
topman topvrouw directeur directrice directeur-generaal bestuursvoorzitter voorzitter
chef ceo
leider partijleider fractievoorzitter partijvoorzitter secretaris-generaal
deskundige expert analist onderzoeker wetenschapper econoom hoofdeconoom
rechter officier advocaat
"""

# Dutch puts the verb last in a relative clause ("die sinds 2010 premier is"), so these
# catch only the short form.
ROLE_CLAUSES = ("die is", "die was")

# Dutch has no verb form reserved for reported speech.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "ik wij we jij je u jullie men"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows ("de
# peiling toont aan dat …", "uit onderzoek blijkt dat …"), never alone. Separable verbs
# by their finite stem ("toont ... aan") and participle ("aangetoond"). Left out:
# "beslist" (also "definitely") and "besluit" (also "decision").
CLAUSE_VERBS = """
weten weet wist wisten geweten
tonen toont toonde toonden getoond aangetoond
bewijzen bewijst bewees bewezen
blijken blijkt bleek bleken gebleken
hopen hoopt hoopte hoopten gehoopt hoop
ontdekken ontdekt ontdekte ontdekten
begrijpen begrijpt begreep begrepen
beseffen beseft besefte
vernemen verneemt vernam vernomen
twijfelen twijfelt twijfelde
betwijfelen betwijfelt betwijfelde
aangenomen veronderstellen veronderstelt veronderstelde
vermoeden vermoedt vermoedde
besloot besloten
oordelen oordeelt oordeelde
bepalen bepaalt bepaalde
vaststellen vastgesteld
realiseren realiseert realiseerde
betekenen betekent betekende
lijken lijkt leek
schijnt scheen
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
geloven gelooft geloofde geloofden denken denkt dacht dachten hopen hoopt hoopte hoopten
gehoopt vrezen vreest vreesde vreesden verwachten verwacht verwachtte verwachtten
vermoeden vermoedt vermoedde betwijfelen betwijfelt betwijfelde twijfelen twijfelt
mening opvatting
"""
