"""Swedish quote data: speech verbs and nouns, according-to markers, quotation marks,
pronouns, titles and role clauses."""

# Infinitive, present, preterite, supine and the s-passive ("sägs", "uppges", "bedöms").
# "lägger/la till" (added) is left out: "la" and "lade" are mostly "laid".
SPEECH_VERBS = """
säga säger sa sade sagt sägs sades
berätta berättar berättade berättat berättas
tillägga tillägger tillade tillagt
förklara förklarar förklarade förklarat
uttala uttalar uttalade uttalat
konstatera konstaterar konstaterade konstaterat
understryka understryker underströk understrukit
betona betonar betonade betonat
framhålla framhåller framhöll framhållit
hävda hävdar hävdade hävdat hävdas
påstå påstår påstod påstått påstås
skriva skriver skrev skrivit skrivs
rapportera rapporterar rapporterade rapporterat rapporteras
meddela meddelar meddelade meddelat meddelas
uppge uppger uppgav uppgett uppges uppgavs
tillkännage tillkännager tillkännagav tillkännagett
bekräfta bekräftar bekräftade bekräftat bekräftas
förneka förnekar förnekade förnekat
dementera dementerar dementerade dementerat
tillbakavisa tillbakavisar tillbakavisade
avfärda avfärdar avfärdade avfärdat
varna varnar varnade varnat
tro tror trodde trott
tycka tycker tyckte tyckt
anse anser ansåg ansett anses
mena menar menade menat menas
bedöma bedömer bedömde bedömt bedöms
uppskatta uppskattar uppskattade uppskattat uppskattas
argumentera argumenterar argumenterade argumenterat
fråga frågar frågade frågat
svara svarar svarade svarat
påpeka påpekar påpekade påpekat
peka pekar pekade
insistera insisterar insisterade insisterat
medge medger medgav medgett
erkänna erkänner erkände erkänt
lova lovar lovade lovat
konkludera konkluderar konkluderade konkluderat
föreslå föreslår föreslog föreslagit
förutspå förutspår förutspådde förutspått
spå spår spådde spått
notera noterar noterade noterat
kommentera kommenterar kommenterade kommenterat
twittra twittrar twittrade twittrat
kritisera kritiserar kritiserade kritiserat kritiseras
kräva kräver krävde krävt
uppmana uppmanar uppmanade uppmanat
beskriva beskriver beskrev beskrivit beskrivs
kalla kallar kallade kallat kallas
försäkra försäkrar försäkrade försäkrat
intyga intygar intygade intygat
påminna påminner påminde påmint
antyda antyder antydde antytt
indikera indikerar indikerade indikerat
fastslå fastslår fastslog fastslagit
upprepa upprepar upprepade upprepat
avslöja avslöjar avslöjade avslöjat
befara befarar befarade befarat
frukta fruktar fruktade
förvänta förväntar förväntade
fortsätter fortsatte
heter
"""

SPEECH_NOUNS = """
uttalande uttalandet uttalanden uttalandena
bedömning bedömningen bedömningar bedömningarna
meddelande meddelandet meddelanden meddelandena
pressmeddelande pressmeddelandet pressmeddelanden
tillkännagivande tillkännagivandet
besked beskedet
budskap budskapet
åsikt åsikten åsikter åsikterna
uppfattning uppfattningen
ståndpunkt ståndpunkten
syn synen
påstående påståendet påståenden påståendena
varning varningen varningar varningarna
rapport rapporten rapporter rapporterna
intervju intervjun intervjuer
inlägg inlägget tweet
ord orden
kritik kritiken
krav kravet kraven
uppmaning uppmaningen
löfte löftet löften
svar svaret
kommentar kommentaren kommentarer
förklaring förklaringen
slutsats slutsatsen
uppgift uppgiften uppgifter uppgifterna
mejl mejlet e-post e-posten sms
prognos prognosen
bekräftelse bekräftelsen
"""

# "om" (whether) is left out: after a speech verb it is more often "about" ("berättade om").
COMPLEMENTIZERS = "att"

ACCORDING_TO = ("enligt",)
ACCORDING_TO_AFTER = ()

# Swedish closes with the same mark it opens with: ”…”, »…».
QUOTE_MARKS = (("”", "”"), ("»", "»"), ('"', '"'))
SCARE_QUOTES = (("'", "'"), ("’", "’"))

# "– Det är allvarligt, säger han." (DN, SvD, Aftonbladet, TT).
DIALOGUE_DASH = True

# "hen" is the gender-neutral singular, used for persons in news.
PRONOUNS = {"han": "m", "hon": "f", "hen": "m f", "de": "p", "den": "n", "det": "n"}

TITLES = """
president presidenten presidentens
statsminister statsministern statsministerns
premiärminister premiärministern
minister ministern
utrikesminister utrikesministern
försvarsminister försvarsministern
finansminister finansministern
justitieminister justitieministern
statsråd statsrådet
kansler kanslern förbundskansler förbundskanslern
kung kungen kungens drottning drottningen
kronprinsessa kronprinsessan prins prinsen prinsessa prinsessan
påve påven biskop biskopen ärkebiskop ärkebiskopen
professor professorn docent docenten
dr doktor
general generalen generallöjtnant generalmajor
överste översten överstelöjtnant
kapten kaptenen amiral amiralen
senator senatorn
borgmästare borgmästaren
talesperson talespersonen talesman talesmannen
presstalesperson presstalespersonen presschef presschefen
pressekreterare pressekreteraren
kommunikationschef kommunikationschefen
ambassadör ambassadören
vd vd:n direktör direktören generaldirektör generaldirektören
chef chefen
ordförande ordföranden
partiledare partiledaren ledare ledaren
generalsekreterare generalsekreteraren
expert experten
analytiker analytikern
forskare forskaren
ekonom ekonomen chefsekonom chefsekonomen
domare domaren
åklagare åklagaren chefsåklagare chefsåklagaren
advokat advokaten försvarsadvokat försvarsadvokaten
kommissarie kommissarien
rektor rektorn
läkare läkaren överläkare överläkaren
guvernör guvernören
riksdagsledamot
"""

ROLE_CLAUSES = ("som är", "som var", "som har varit", "som tidigare var")

# Swedish has no verb form reserved for reported speech.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "jag vi du ni man"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows
# ("mätningen visar att …", "utredarna fann att …"), never alone. "besluta" and "lära"
# are left out: they take an infinitive with "att" as often as a clause ("beslutade att
# avgå"); "hoppas" mostly drops "att" before an infinitive ("hoppas kunna").
CLAUSE_VERBS = """
veta vet visste vetat
finna finner fann funnit
visa visar visade visat
hoppas hoppades hoppats
förstå förstår förstod förstått
inse inser insåg insett
upptäcka upptäcker upptäckte upptäckt
erfara erfar erfor erfarit
bevisa bevisar bevisade bevisat
påvisa påvisar påvisade påvisat
dokumentera dokumenterar dokumenterade dokumenterat
tvivla tvivlar tvivlade
anta antar antog antagit
förmoda förmodar förmodade
oroa oroar oroade
avgöra avgör avgjorde avgjort
fastställa fastställer fastställde fastställt
betyda betyder betydde betytt
tyda tyder tydde
framgå framgår framgick
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
tro tror trodde trott hoppas hoppades frukta fruktar fruktade befara befarar befarade
förvänta förväntar förväntade tvivla tvivlar tvivlade anta antar antog uppfattning
"""
