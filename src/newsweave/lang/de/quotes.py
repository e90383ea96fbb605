"""German quote data: speech verbs and nouns, according-to markers, quotation marks,
pronouns, titles, role clauses and the Konjunktiv I forms that mark reported speech.

Nouns keep their capital letter (SPEECH_NOUNS, TITLES and the nouns in ACCORDING_TO).
"""

# Finite forms only for separable verbs: "fügte ... hinzu" is "fügte", "wies ... hin" is
# "wies", "teilte ... mit" is "teilte", "kündigte ... an" is "kündigte", "räumte ... ein" is
# "räumte"; their participles are one word ("hinzugefügt"). "gab/gibt" (an, zu, bekannt),
# "stellte" (fest, klar), "hob" (hervor), "schlug" (vor) and "ließ" (wissen) are left out:
# too often not speech at all. 3pl present is the infinitive; 1sg/Konjunktiv I "sage".
SPEECH_VERBS = """
sagen sagt sagte sagten gesagt sage
erklären erklärt erklärte erklärten erkläre
betonen betont betonte betonten betone
meinen meint meinte meinten gemeint
glauben glaubt glaubte glaubten geglaubt glaube
heißen heißt hieß hießen heiße
berichten berichtet berichtete berichteten berichte
teilt teilte teilten mitgeteilt teile
fügt fügte fügten hinzugefügt füge
ergänzen ergänzt ergänzte ergänzten ergänze
erläutern erläutert erläuterte erläuterten erläutere
äußern äußert äußerte äußerten geäußert äußere
behaupten behauptet behauptete behaupteten behaupte
schreiben schreibt schrieb schrieben geschrieben schreibe
melden meldet meldete meldeten gemeldet melde
verkünden verkündet verkündete verkündeten verkünde
kündigt kündigte kündigten angekündigt kündige
bekanntgegeben angegeben
bestätigen bestätigt bestätigte bestätigten bestätige
dementieren dementiert dementierte dementierten
bestreiten bestreitet bestritt bestritten bestreite
verneinen verneint verneinte verneinten
weist wies wiesen hingewiesen zurückgewiesen
verweisen verweist verwies verwiesen
warnen warnt warnte warnten gewarnt warne
mahnen mahnt mahnte mahnten gemahnt mahne
denken denkt dachte dachten
finden findet fand fanden
vermuten vermutet vermutete vermuteten
argumentieren argumentiert argumentierte argumentierten
fragen fragt fragte fragten gefragt frage
antworten antwortet antwortete antworteten geantwortet antworte
entgegnen entgegnet entgegnete entgegneten
erwidern erwidert erwiderte erwiderten
räumt räumte räumten eingeräumt
zugegeben gesteht gestand
schätzen schätzt schätzte schätzten geschätzt
eingeschätzt
beharren beharrt beharrte
versprechen verspricht versprach versprachen versprochen
versichern versichert versicherte versicherten
beteuern beteuert beteuerte beteuerten
bekräftigen bekräftigt bekräftigte bekräftigten
unterstreichen unterstreicht unterstrich unterstrichen
hervorgehoben
folgern folgert folgerte
vorgeschlagen
prognostizieren prognostiziert prognostizierte
vorhergesagt vorausgesagt
merkt merkte angemerkt
bemerken bemerkt bemerkte
kommentieren kommentiert kommentierte kommentierten
twittern twittert twitterte getwittert
kritisieren kritisiert kritisierte kritisierten
fordern fordert forderte forderten gefordert
verlangen verlangt verlangte verlangten
ruft rief riefen aufgerufen
appellieren appelliert appellierte
beschreiben beschreibt beschrieb beschrieben
bezeichnen bezeichnet bezeichnete bezeichneten
nennen nennt nannte nannten genannt
erinnern erinnert erinnerte erinnerten
deutet deutete angedeutet
sprechen spricht sprach sprachen gesprochen
reden redet redete
erzählen erzählt erzählte erzählten
fürchten fürchtet fürchtete
befürchten befürchtet befürchtete
wirft warf vorgeworfen
beklagen beklagt beklagte
kontern kontert konterte
drohen droht drohte
festgestellt klargestellt
"""

SPEECH_NOUNS = """
Aussage Aussagen
Frage Fragen
Erklärung Erklärungen
Mitteilung Mitteilungen Pressemitteilung Pressemitteilungen
Stellungnahme Stellungnahmen
Meinung Ansicht Auffassung Einschätzung Einschätzungen Sicht Überzeugung
Bericht Berichte Berichten Berichts Berichtes
Angaben
Äußerung Äußerungen
Behauptung Behauptungen
Botschaft Nachricht
Warnung Warnungen
Interview Interviews
Tweet Tweets Post Beitrag
Worte Worten
Statement
Ankündigung
Kritik
Forderung Forderungen Appell
Antwort
Kommentar
Schätzung Schätzungen
Prognose Prognosen
Darstellung
Vorwurf Vorwürfe
Zusage Versprechen
Schreiben Brief
"""

COMPLEMENTIZERS = "dass ob"

# Fixed phrases followed by the source ("laut Polizei", "nach Angaben der Polizei").
ACCORDING_TO = (
    "laut",
    "nach Angaben",
    "nach Ansicht",
    "nach Einschätzung",
    "nach Auffassung",
    "nach Worten",
    "nach Meinung",
    "nach Aussage",
    "nach Aussagen",
    "nach Darstellung",
    "nach Informationen",
    "nach Schätzung",
    "nach Schätzungen",
    "nach Überzeugung",
    "nach Berichten",
    "aus Sicht",
)
# "dem Bericht zufolge". Postposed "nach" ("seiner Ansicht nach") is too common to list.
ACCORDING_TO_AFTER = ("zufolge",)

# Swiss papers (NZZ, Tages-Anzeiger) use «…».
QUOTE_MARKS = (("„", "“"), ("»", "«"), ("“", "”"), ("«", "»"), ('"', '"'))
SCARE_QUOTES = (("‚", "‘"), ("'", "'"))

DIALOGUE_DASH = False

PRONOUNS = {"er": "m", "sie": "f p", "es": "n"}

TITLES = """
Präsident Präsidentin Präsidenten Bundespräsident Bundespräsidentin
Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin
Minister Ministerin Bundesminister Bundesministerin
Außenminister Außenministerin Verteidigungsminister Verteidigungsministerin
Finanzminister Finanzministerin Innenminister Innenministerin
Wirtschaftsminister Wirtschaftsministerin Gesundheitsminister Gesundheitsministerin
Justizminister Justizministerin
Ministerpräsident Ministerpräsidentin Premierminister Premierministerin
Regierungschef Regierungschefin Staatschef Staatschefin
König Königin Prinz Prinzessin Kronprinz Kronprinzessin
Papst Bischof Bischöfin Kardinal
Professor Professorin Prof. Dr. Doktor
General Oberst Hauptmann Kapitän Admiral
Senator Senatorin Abgeordnete Abgeordneter
Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Landrat Landrätin
Sprecher Sprecherin Regierungssprecher Regierungssprecherin
Pressesprecher Pressesprecherin Polizeisprecher Polizeisprecherin
Botschafter Botschafterin
Chef Chefin Vorstandschef Vorstandschefin Konzernchef Konzernchefin
Geschäftsführer Geschäftsführerin Direktor Direktorin Leiter Leiterin
Vorsitzende Vorsitzender Parteichef Parteichefin Fraktionschef Fraktionschefin
Generalsekretär Generalsekretärin
Experte Expertin Analyst Analystin
Forscher Forscherin Wissenschaftler Wissenschaftlerin
Ökonom Ökonomin Chefvolkswirt Chefvolkswirtin
Richter Richterin Staatsanwalt Staatsanwältin Oberstaatsanwalt Oberstaatsanwältin
Anwalt Anwältin Rechtsanwalt Rechtsanwältin
Gouverneur Gouverneurin
"""

# German puts the verb last in a relative clause ("der seit 2010 Chef ist"), so these
# catch only the short form; most roles come as appositions ("Müller, Chef des Verbands,").
ROLE_CLAUSES = ("der ist", "die ist", "der war", "die war")

# Konjunktiv I, 3rd person, where it differs from the indicative: "sei"/"seien", and the
# 3sg in -e of frequent verbs (indicative -t). The 3pl equals the indicative except
# "seien". Forms that are also common other words are left out: "meine" (my), "bitte"
# (please), "reiche" (rich), "schade" (pity), "achte" (eighth). Konjunktiv II ("hätte",
# "würde") is conditional as often as reported. 1sg indicative = Konjunktiv I ("ich habe"),
# so these mark reported speech outside direct quotations only.
REPORTED_SPEECH_MARKERS = """
sei seien habe werde
könne müsse solle wolle dürfe möge wisse
gebe komme gehe stehe liege bleibe brauche mache sehe nehme finde heiße halte lasse
laufe trage gelte bringe denke kenne nenne zeige spiele lebe wohne arbeite lerne lese
schreibe spreche sage frage antworte erkläre glaube hoffe fürchte befürchte erwarte
plane beabsichtige bestehe entstehe verstehe gehöre führe folge fehle falle handle
ändere fordere liefere sichere steige sinke wachse helfe treffe beginne gewinne
verliere erhalte bekomme suche zahle kaufe verkaufe biete setze stelle lege warte
trete ziehe fahre fliege schaffe schließe öffne wähle entscheide versuche vertrete
unterstütze teile prüfe betreffe betrage erreiche verfüge benötige leide sterbe
rechne zähle gelinge drohe gelange ermögliche ermittle berichte behaupte bestätige
betone kritisiere verweise warne weise diene passiere geschehe verlange hänge
tue herrsche existiere funktioniere bedeute koste dauere scheine stamme lehne nutze
rate schütze sorge verfolge verhindere vermeide verbiete erlaube bedürfe
vermute zweifle akzeptiere respektiere bemühe befinde verlasse empfehle fühle freue
bedauere kämpfe erinnere zwinge verdiene plädiere beziehe vergleiche
bezeichne betrachte beobachte befürworte
"""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "ich wir du ihr man"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows ("die
# Umfrage zeigt, dass …", "das Gericht entschied, dass …"), never alone. Separable verbs
# by their participle only ("herausgefunden", "nachgewiesen"): "stellte ... fest", "nahm
# ... an" and "gab" are mostly something else. "finden", "fürchten", "befürchten" and
# "festgestellt" are speech verbs. Words are compared casefolded: "weiß" is also "weiss".
CLAUSE_VERBS = """
wissen weiß wusste wussten gewusst
zeigen zeigt zeigte zeigten gezeigt
hoffen hofft hoffte hofften gehofft hoffe
erfahren erfährt erfuhr erfuhren
erkennen erkennt erkannte erkannten erkannt
verstehen versteht verstand verstanden
lernen lernt lernte gelernt
beweisen beweist bewies bewiesen
belegen belegt belegte belegten
nachgewiesen herausgefunden feststellen
ergeben ergibt ergab ergaben
hervorgeht hervorging
zweifeln zweifelt zweifelte
bezweifeln bezweifelt bezweifelte
angenommen besorgt
entscheiden entscheidet entschied entschieden
beschließen beschließt beschloss beschlossen
urteilen urteilt urteilte befand
entdecken entdeckt entdeckte entdeckten
bedeuten bedeutet bedeutete
scheint schien
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
glauben glaubt glaubte glaubten geglaubt glaube denken denkt dachte dachten vermuten
vermutet vermutete vermuteten hoffen hofft hoffte hofften gehofft hoffe fürchten
fürchtet fürchtete befürchten befürchtet befürchtete zweifeln zweifelt zweifelte
bezweifeln bezweifelt bezweifelte angenommen Überzeugung Ansicht Auffassung Meinung
Sicht
"""
