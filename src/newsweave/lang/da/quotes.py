"""Danish quote data: speech verbs and nouns, according-to markers, quotation marks,
pronouns, titles and role clauses."""

# Infinitive, present, preterite, participle and the s-passive ("siges", "vurderes").
SPEECH_VERBS = """
sige siger sagde sagt siges sagdes
fortælle fortæller fortalte fortalt fortælles
tilføje tilføjer tilføjede tilføjet
forklare forklarer forklarede forklaret
udtale udtaler udtalte udtalt udtales
erklære erklærer erklærede erklæret
understrege understreger understregede understreget
fremhæve fremhæver fremhævede fremhævet
betone betoner betonede betonet
påstå påstår påstod påstået påstås
hævde hævder hævdede hævdet hævdes
skrive skriver skrev skrevet skrives
rapportere rapporterer rapporterede rapporteret rapporteres
melde melder meldte meldt meldes
meddele meddeler meddelte meddelt meddeles
oplyse oplyser oplyste oplyst oplyses
annoncere annoncerer annoncerede annonceret
bekendtgøre bekendtgør bekendtgjorde bekendtgjort
bekræfte bekræfter bekræftede bekræftet bekræftes
afkræfte afkræfter afkræftede afkræftet
benægte benægter benægtede benægtet
afvise afviser afviste afvist
advare advarer advarede advaret
mene mener mente ment menes
tro tror troede troet
synes syntes
vurdere vurderer vurderede vurderet vurderes
anslå anslår anslog anslået anslås
skønne skønner skønnede skønnet skønnes
argumentere argumenterer argumenterede argumenteret
spørge spørger spurgte spurgt
svare svarer svarede svaret
pointere pointerer pointerede pointeret
påpege påpeger påpegede påpeget
insistere insisterer insisterede insisteret
fastholde fastholder fastholdt
indrømme indrømmer indrømmede indrømmet
erkende erkender erkendte erkendt
medgive medgiver medgav medgivet
love lover lovede lovet
konkludere konkluderer konkluderede konkluderet
foreslå foreslår foreslog foreslået
forudsige forudsiger forudsagde forudsagt
spå spår spåede spået
bemærke bemærker bemærkede bemærket
kommentere kommenterer kommenterede kommenteret
tweete tweeter tweetede tweetet
kritisere kritiserer kritiserede kritiseret kritiseres
kræve kræver krævede krævet
opfordre opfordrer opfordrede opfordret
beskrive beskriver beskrev beskrevet beskrives
kalde kalder kaldte kaldt kaldes
forsikre forsikrer forsikrede forsikret
anerkende anerkender anerkendte anerkendt
minde minder mindede mindet
indikere indikerer indikerede indikeret
antyde antyder antydede antydet
tilkendegive tilkendegiver tilkendegav tilkendegivet
fastslå fastslår fastslog fastslået
konstatere konstaterer konstaterede konstateret
gentage gentager gentog gentaget
uddybe uddyber uddybede uddybet
berette beretter berettede berettet
afsløre afslører afslørede afsløret
frygte frygter frygtede frygtet
forvente forventer forventede forventet forventes
fortsætter fortsatte
lyder lød forlyder forlød
"""

SPEECH_NOUNS = """
udtalelse udtalelsen udtalelser udtalelserne
vurdering vurderingen vurderinger vurderingerne
meddelelse meddelelsen meddelelser meddelelserne
pressemeddelelse pressemeddelelsen pressemeddelelser pressemeddelelserne
erklæring erklæringen erklæringer erklæringerne
besked beskeden beskeder beskederne
budskab budskabet budskaber budskaberne
holdning holdningen holdninger holdningerne
mening meningen meninger meningerne
opfattelse opfattelsen
synspunkt synspunktet synspunkter synspunkterne
påstand påstanden påstande påstandene
advarsel advarslen advarsler advarslerne
rapport rapporten rapporter rapporterne
redegørelse redegørelsen
interview interviewet interviews
tweet tweetet tweets
opslag opslaget
mail mailen e-mail e-mailen sms
indlæg indlægget
ord ordene
skøn skønnet
kritik kritikken
krav kravet kravene
opfordring opfordringen
løfte løftet løfter løfterne
svar svaret svarene
kommentar kommentaren kommentarer kommentarerne
forklaring forklaringen forklaringer
konklusion konklusionen konklusioner
oplysning oplysningen oplysninger oplysningerne
beretning beretningen
bekræftelse bekræftelsen
dementi dementiet
prognose prognosen prognoser
forudsigelse forudsigelsen
"""

# "om" (whether) is left out: after a speech verb it is far more often "about"
# ("fortalte om krigen").
COMPLEMENTIZERS = "at"

ACCORDING_TO = ("ifølge", "iflg.")
ACCORDING_TO_AFTER = ()

QUOTE_MARKS = (("»", "«"), ("”", "”"), ("“", "”"), ("„", "“"), ('"', '"'))
SCARE_QUOTES = (("'", "'"), ("‘", "’"), ("’", "’"))

# "- Det er alvorligt, siger han." (TV 2, Ritzau); less common than »…« in the papers.
DIALOGUE_DASH = True

PRONOUNS = {"han": "m", "hun": "f", "de": "p", "den": "n", "det": "n"}

TITLES = """
præsident præsidenten præsidentens
statsminister statsministeren statsministerens
premierminister premierministeren
minister ministeren ministerens
udenrigsminister udenrigsministeren
forsvarsminister forsvarsministeren
finansminister finansministeren
justitsminister justitsministeren
økonomiminister økonomiministeren
sundhedsminister sundhedsministeren
kansler kansleren forbundskansler forbundskansleren
konge kongen kongens
dronning dronningen dronningens
kronprins kronprinsen kronprinsesse kronprinsessen
prins prinsen prinsesse prinsessen
pave paven biskop biskoppen
professor professoren lektor lektoren
dr. doktor
general generalen generalmajor generalløjtnant
oberst obersten oberstløjtnant
kaptajn kaptajnen admiral admiralen
senator senatoren
borgmester borgmesteren overborgmester overborgmesteren
talsmand talsmanden talskvinde talskvinden talsperson talspersonen
pressechef pressechefen
ambassadør ambassadøren
direktør direktøren
topchef topchefen koncernchef koncernchefen chef chefen
formand formanden formandens næstformand næstformanden forkvinde forkvinden
leder lederen partileder partilederen
ordfører ordføreren
generalsekretær generalsekretæren
ekspert eksperten
analytiker analytikeren
forsker forskeren seniorforsker seniorforskeren
økonom økonomen cheføkonom cheføkonomen
dommer dommeren
anklager anklageren statsanklager statsanklageren
advokat advokaten forsvarsadvokat forsvarsadvokaten
politiinspektør politiinspektøren vicepolitiinspektør
vagtchef vagtchefen politikommissær
rigspolitichef
rektor rektoren
overlæge overlægen læge lægen
guvernør guvernøren
"""

ROLE_CLAUSES = ("som er", "som var", "der er", "der var", "som har været", "der har været")

# Danish has no verb form reserved for reported speech.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "jeg vi du man"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows
# ("målingen viser, at …", "forskerne fandt, at …"), never alone. Left out: "ved" (knows;
# mostly "by"), the adverb "vist" (probably), and "beslutte", "håbe" and "lære", which
# take an infinitive with "at" as often as a clause ("besluttede at gå af").
CLAUSE_VERBS = """
vide vidste vidst
finde finder fandt fundet
vise viser viste
forstå forstår forstod forstået
indse indser indså indset
opdage opdager opdagede opdaget
erfare erfarer erfarede erfaret
bevise beviser beviste bevist
påvise påviser påviste påvist
dokumentere dokumenterer dokumenterede dokumenteret
tvivle tvivler tvivlede
antage antager antog antaget
formode formoder formodede
bekymre bekymrer bekymrede bekymret
afgøre afgør afgjorde afgjort
vedtage vedtager vedtog vedtaget
betyde betyder betød betydet
tyde tyder tydede
fremgå fremgår fremgik
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
tro tror troede troet frygte frygter frygtede frygtet forvente forventer forventede
forventet tvivle tvivler tvivlede formode formoder formodede antage antager antog
opfattelse holdning vurdering
"""
