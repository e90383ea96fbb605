"""Norwegian quote data, Bokmål and Nynorsk forms together: speech verbs and nouns,
according-to markers, quotation marks, pronouns, titles and role clauses."""

# Bokmål line first, Nynorsk forms that differ after it; past tenses in both -et and -a.
# "legger/la til" (added) is left out: "la" is mostly "let" or "laid".
SPEECH_VERBS = """
si sier sa sagt sies
seie seier seiast
fortelle forteller fortalte fortalt fortelles
fortelje fortel fortalde
tilføye tilføyer tilføyde tilføyd
forklare forklarer forklarte forklart
forklarar
uttale uttaler uttalte uttalt
uttalar
erklære erklærer erklærte erklært
erklærar
understreke understreker understreket understreka
understrekar
fremheve fremhever fremhevet fremheva
framheve framhevar framhever
påstå påstår påsto påstått påstås
hevde hevder hevdet hevda hevdes
hevdar hevdast
skrive skriver skrev skrevet skrives
skriv skreiv
rapportere rapporterer rapporterte rapportert rapporteres
melde melder meldte meldt meldes
meldar
meddele meddeler meddelte meddelt
opplyse opplyser opplyste opplyst opplyses
kunngjøre kunngjør kunngjorde kunngjort
kunngjere kunngjer
bekrefte bekrefter bekreftet bekrefta bekreftes
stadfeste stadfester stadfestet stadfesta stadfestar
avkrefte avkrefter avkreftet avkrefta
benekte benekter benektet benekta
nekte nekter nektet nekta
avvise avviser avviste avvist
avvisar
advare advarer advarte advart
åtvare åtvarar åtvara
mene mener mente ment menes
meine meiner meinte meint meinast
tro tror trodde trodd
tru trur trudde
synes syntes
synest syntest
vurdere vurderer vurderte vurdert vurderes
anslå anslår anslo anslått anslås
argumentere argumenterer argumenterte argumentert
spørre spør spurte spurt
spørje spurde
svare svarer svarte svart
svarar svara
påpeke påpeker påpekte påpekt
peker pekte
peikar peika
insistere insisterer insisterte insistert
fastholde fastholder fastholdt
innrømme innrømmer innrømmet innrømte innrømt
vedgå vedgår vedgikk vedgått
vedgjekk
erkjenne erkjenner erkjente erkjent
anerkjenne anerkjenner anerkjente anerkjent
love lover lovet lovte lova
lovar
konkludere konkluderer konkluderte konkludert
foreslå foreslår foreslo foreslått
føreslå føreslår føreslo føreslått
spå spår spådde spådd
forutsi forutsier forutsa forutsagt
bemerke bemerker bemerket bemerka
kommentere kommenterer kommenterte kommentert
tvitre tvitrer tvitret tvitra
tweete tweeter tweetet
kritisere kritiserer kritiserte kritisert kritiseres
kreve krever krevde krevd
krevje krev kravde
oppfordre oppfordrer oppfordret oppfordra
oppmode oppmodar oppmoda
beskrive beskriver beskrev beskrevet beskrives
beskriv skildrar skildra
kalle kaller kalte kalt kalles
kallar
forsikre forsikrer forsikret forsikra
forsikrar
minne minner minnet minte
minnar
antyde antyder antydet antyda
antydar
indikere indikerer indikerte indikert
fastslå fastslår fastslo fastslått
konstatere konstaterer konstaterte konstatert
gjenta gjentar gjentok gjentatt
gjentek
utdype utdyper utdypet utdypa
utdjupe utdjupar
røpe røper røpet røpte
avsløre avslører avslørte avslørt
frykte frykter fryktet frykta
fryktar
forvente forventer forventet forventa
tilstå tilstår tilsto tilstått
fortsetter fortsatte
heter heiter
lyder lød
"""

SPEECH_NOUNS = """
uttalelse uttalelsen uttalelser uttalelsene
fråsegn fråsegna fråsegner
vurdering vurderingen vurderinger vurderingene
vurderinga vurderingar vurderingane
melding meldingen meldinger meldingene
meldinga meldingar meldingane
pressemelding pressemeldingen pressemeldinger pressemeldingene pressemeldinga
kunngjøring kunngjøringen kunngjering kunngjeringa
erklæring erklæringen erklæringer erklæringa
beskjed beskjeden beskjeder
budskap budskapet bodskap bodskapen
standpunkt standpunktet
mening meningen meninger meining meininga meiningar
oppfatning oppfatningen oppfatninga
syn synet
påstand påstanden påstander påstandene påstandar
advarsel advarselen advarsler åtvaring åtvaringa åtvaringar
rapport rapporten rapporter rapportene rapportar rapportane
intervju intervjuet intervjuer intervjua
innlegg innlegget tweet
e-post e-posten sms
ord ordene orda
kritikk kritikken
krav kravet kravene krava
løfte løftet løfter lovnad lovnaden
svar svaret svarene svara
kommentar kommentaren kommentarer kommentarar
forklaring forklaringen forklaringa
konklusjon konklusjonen
anslag anslaget
prognose prognosen
"""

# "om" (whether) is left out: after a speech verb it is more often "about" ("fortalte om").
COMPLEMENTIZERS = "at"

# "etter det NRK erfarer" (according to what NRK learns) is left out: "etter det" is
# more often "after that".
ACCORDING_TO = ("ifølge", "i følge", "iflg.")
ACCORDING_TO_AFTER = ()

QUOTE_MARKS = (("«", "»"), ("“", "”"), ('"', '"'))
SCARE_QUOTES = (("'", "'"), ("‘", "’"), ("’", "’"))

# "– Det er alvorlig, sier han." is the standard form in Norwegian news.
DIALOGUE_DASH = True

# Nynorsk "ho" (she) and "dei" (they); "han" is the same in both.
PRONOUNS = {
    "han": "m",
    "hun": "f",
    "ho": "f",
    "de": "p",
    "dei": "p",
    "den": "n",
    "det": "n",
}

TITLES = """
president presidenten presidentens
statsminister statsministeren statsministerens
minister ministeren statsråd statsråden
utenriksminister utenriksministeren utanriksminister utanriksministeren
forsvarsminister forsvarsministeren
finansminister finansministeren
justisminister justisministeren
helseminister helseministeren
kansler kansleren forbundskansler forbundskansleren
konge kongen kongens dronning dronningen dronninga
kronprins kronprinsen kronprinsesse kronprinsessen
prins prinsen prinsesse prinsessen
pave paven biskop biskopen
professor professoren førsteamanuensis
dr. doktor
general generalen generalløytnant generalmajor
oberst obersten oberstløytnant
kaptein kapteinen admiral admiralen
senator senatoren
ordfører ordføreren varaordfører byrådsleder byrådsleiar
talsperson talspersonen talsmann talsmannen talskvinne talskvinnen
pressetalsperson pressesjef pressesjefen
kommunikasjonssjef kommunikasjonssjefen kommunikasjonsrådgiver
ambassadør ambassadøren
direktør direktøren toppsjef toppsjefen konsernsjef konsernsjefen
sjef sjefen
leder lederen leiar leiaren
partileder partilederen partileiar partileiaren
styreleder styrelederen styreleiar
nestleder nestleiar
generalsekretær generalsekretæren
ekspert eksperten
analytiker analytikeren
forsker forskeren forskar forskaren seniorforsker seniorforskar
økonom økonomen sjeføkonom sjeføkonomen
dommer dommeren dommar dommaren
aktor aktoren statsadvokat statsadvokaten politiadvokat politiadvokaten
advokat advokaten forsvarer forsvareren forsvarar
operasjonsleder operasjonslederen operasjonsleiar innsatsleder
politimester politimesteren
rektor rektoren
lege legen overlege overlegen
guvernør guvernøren
stortingsrepresentant
"""

ROLE_CLAUSES = ("som er", "som var", "som har vært", "som har vore")

# Norwegian has no verb form reserved for reported speech.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "jeg eg vi me du dere man ein"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows
# ("målingen viser at …", "etterforskerne fant at …"), never alone. Bokmål line first,
# Nynorsk forms that differ after it. Left out: "visst" (also "surely") and Nynorsk
# "finn" (also the name Finn).
CLAUSE_VERBS = """
vite vet visste
veit
finne finner fant funnet
fann funne
vise viser viste vist
håpe håper håpet håpa
håpar
forstå forstår forsto forstått
forstod
innse innser innså innsett
innsåg
oppdage oppdager oppdaget oppdaga
oppdagar
erfare erfarer erfarte erfart
bevise beviser beviste bevist
påvise påviser påviste påvist
dokumentere dokumenterer dokumenterte dokumentert
avdekke avdekker avdekket avdekka
tvile tviler tvilte tvilt
tvilar
anta antar antok antatt
antek
bekymre bekymrer bekymret bekymra
beslutte beslutter besluttet
vedta vedtar vedtok vedtatt
vedtek
avgjøre avgjør avgjorde avgjort
avgjere avgjer
bety betyr betydde betydd
tyde tyder tydet tyda
fremgå fremgår fremgikk
framgå framgjekk
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
tro tror trodde trodd håpe håper håpet frykte frykter fryktet forvente forventer
forventet tvile tviler tvilte anta antar antok oppfatning
"""
