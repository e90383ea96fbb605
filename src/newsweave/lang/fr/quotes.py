"""French quote data: speech verbs and nouns, according-to markers, quotation marks,
pronouns, titles and role clauses."""

# Infinitive, présent 3sg/3pl, imparfait 3sg/3pl, passé simple 3sg, participle (the
# passé composé "a déclaré" is found by its participle). Inverted "déclare-t-il" splits
# at the hyphen. "juge" (judge), "prévenu" (defendant) and "juré" (juror) are left out.
SPEECH_VERBS = """
dire dit disent disait disaient
déclarer déclare déclarent déclaré déclarée déclarait déclaraient déclara
affirmer affirme affirment affirmé affirmée affirmait affirmaient affirma
expliquer explique expliquent expliqué expliquée expliquait expliquaient expliqua
ajouter ajoute ajoutent ajouté ajoutait ajouta
souligner souligne soulignent souligné soulignait souligna
insister insiste insistent insisté insistait
assurer assure assurent assuré assurée assurait assura
estimer estime estiment estimé estimait estimaient estima
penser pense pensent pensé pensait
croire croit croient cru croyait croyaient
juger jugent jugé jugeait
considérer considère considèrent considéré considérait
raconter raconte racontent raconté racontait raconta
confier confie confient confié confiait
écrire écrit écrivent écrivait écrivaient écrivit
rapporter rapporte rapportent rapporté
annoncer annonce annoncent annoncé annoncée annonçait annonça
confirmer confirme confirment confirmé confirmait confirma
démentir dément démentent démenti
nier nie nient nié niait
avertir avertit avertissent averti
prévenir prévient préviennent
alerter alerte alertent alerté
soutenir soutient soutiennent soutenu soutenait
argumenter argumente argumenté
demander demande demandent demandé demandait demanda
interroger interroge interrogé
répondre répond répondent répondu répondait répondit
rétorquer rétorque rétorqué
répliquer réplique répliqué
noter note notent noté
relever relève relevé
observer observe observé
remarquer remarque remarqué
reconnaître reconnaît reconnaissent reconnu reconnue reconnaissait
admettre admet admettent admis
avouer avoue avoué
promettre promet promettent promis
garantir garantit garanti
jurer jure
conclure conclut concluent conclu
suggérer suggère suggèrent suggéré
prédire prédit prédisent
prévoir prévoit prévu
commenter commente commenté
tweeter tweete tweeté
critiquer critique critiquent critiqué
dénoncer dénonce dénoncent dénoncé
fustiger fustige fustigé
exiger exige exigent exigé
réclamer réclame réclament réclamé
appeler appelle appellent appelé
décrire décrit décrivent
qualifier qualifie qualifié
rappeler rappelle rappellent rappelé rappelait
indiquer indique indiquent indiqué indiquait indiqua
préciser précise précisent précisé précisait précisa
signaler signale signalent signalé
évoquer évoque évoqué
poursuit lance lancé glisse glissé
marteler martèle martelé
regretter regrette regretté
déplorer déplore déploré
inquiéter inquiète inquiété
redouter redoute redouté
craindre craint craignent
révéler révèle révélé
clamer clame clamé
lâcher lâche lâché
résumer résume résumé
témoigner témoigne témoigné
détailler détaille détaillé
"""

SPEECH_NOUNS = """
déclaration déclarations
propos paroles mots
communiqué communiqués
annonce annonces
avis opinion opinions position positions
estimation estimations évaluation évaluations
affirmation affirmations allégation allégations
message messages
avertissement avertissements alerte
rapport rapports
interview interviews entretien entretiens
tweet tweets publication
critique critiques
réponse réponses
explication explications
conclusion conclusions
prévision prévisions
témoignage témoignages
discours lettre courriel
"""

COMPLEMENTIZERS = "que qu' qu’ si"

ACCORDING_TO = (
    "selon",
    "d'après",
    "d’après",
    "de l'avis de",
    "de l’avis de",
    "aux dires de",
    "au dire de",
    "à en croire",
)
ACCORDING_TO_AFTER = ()

QUOTE_MARKS = (("«", "»"), ("“", "”"), ('"', '"'))
SCARE_QUOTES = (("'", "'"), ("‘", "’"))

# Uncertain: French news quotes with «…»; a paragraph opening with "–" is mostly found in
# interviews and reportage. Kept on because a news paragraph seldom opens with a dash
# otherwise.
DIALOGUE_DASH = True

PRONOUNS = {"il": "m", "elle": "f", "ils": "p", "elles": "p"}

# "premier ministre" is found by "ministre".
TITLES = """
président présidente vice-président vice-présidente
ministre chancelier chancelière
roi reine prince princesse
pape évêque archevêque cardinal
professeur professeure prof. docteur dr
général colonel capitaine commandant amiral lieutenant
sénateur sénatrice député députée eurodéputé eurodéputée
maire porte-parole
ambassadeur ambassadrice
pdg directeur directrice patron patronne chef cheffe
dirigeant dirigeante leader secrétaire
expert experte analyste chercheur chercheuse économiste
juge procureur procureure avocat avocate
commissaire préfet préfète gouverneur gouverneure
conseiller conseillère adjoint adjointe responsable diplomate élu élue
"""

ROLE_CLAUSES = ("qui est", "qui était", "qui a été", "qui fut", "qui dirige", "qui préside")

# The conditional ("il aurait dit") marks hearsay but is too common in other uses.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "je nous vous on"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows ("le
# sondage montre que …", "les enquêteurs ont découvert que …"), never alone. Left out:
# "compris" (also "y compris") and "réaliser" (mostly "carry out").
CLAUSE_VERBS = """
savoir sait savent savait su sais
montrer montre montrent montré montrait
démontrer démontre démontrent démontré
prouver prouve prouvent prouvé
trouver trouve trouvent trouvé trouvait
découvrir découvre découvrent découvert
constater constate constatent constaté constatait
apprendre apprend apprennent appris
espérer espère espèrent espéré espérait
comprendre comprend comprennent
aperçoit aperçu
douter doute doutent douté
supposer suppose supposent
décider décide décident décidé
déterminer détermine déterminé
établir établit établi
statuer statué
signifier signifie signifient signifié
sembler semble semblent semblait
paraît avère avéré
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
croire croit croient croyait croyaient cru penser pense pensent pensait pensé espérer
espère espèrent espérait espéré craindre craint craignent estimer estime estiment
estimait estimé supposer suppose douter doute doutent prévoir prévoit prévu avis opinion
"""
