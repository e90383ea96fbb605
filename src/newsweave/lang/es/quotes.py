"""Spanish quote data: speech verbs and nouns, according-to markers, quotation marks,
pronouns, titles and role clauses."""

# Infinitive, present 3sg/3pl, preterite 3sg/3pl, imperfect 3sg, participle; Latin
# American forms too ("agregó", "tuiteó"). "cuenta" (account) is left out of "contar".
SPEECH_VERBS = """
decir dice dicen dijo dijeron dicho decía decían diciendo
afirmar afirma afirman afirmó afirmaron afirmado afirmaba
declarar declara declaran declaró declararon declarado
explicar explica explican explicó explicaron explicado explicaba
añadir añade añaden añadió añadieron añadido
agregar agrega agregan agregó agregaron agregado
señalar señala señalan señaló señalaron señalado señalaba
subrayar subraya subrayan subrayó subrayaron
destacar destaca destacan destacó destacaron
recalcar recalca recalcó
enfatizar enfatiza enfatizó
insistir insiste insisten insistió insistieron
asegurar asegura aseguran aseguró aseguraron asegurado aseguraba
sostener sostiene sostienen sostuvo sostuvieron sostenido
alegar alega alegó alegaron
aseverar asevera aseveró
escribir escribe escriben escribió escribieron escrito
informar informa informan informó informaron informado
anunciar anuncia anuncian anunció anunciaron anunciado
confirmar confirma confirman confirmó confirmaron confirmado
negar niega niegan negó negaron
desmentir desmiente desmintió
advertir advierte advierten advirtió advirtieron advertido
alertar alerta alertó alertaron
avisar avisa avisó
creer cree creen creyó creía
pensar piensa piensan pensó
opinar opina opinan opinó
considerar considera consideran consideró consideraron
estimar estima estiman estimó estimaron
calcular calcula calculan calculó
valorar valora valoró
argumentar argumenta argumentó
preguntar pregunta preguntó preguntaron
responder responde responden respondió respondieron
contestar contesta contestó
replicar replica replicó
indicar indica indican indicó indicaron indicado
apuntar apunta apuntó apuntaron
precisar precisa precisó
admitir admite admiten admitió
reconocer reconoce reconocen reconoció reconocieron
prometer promete prometió prometieron
garantizar garantiza garantizó
concluir concluye concluyó
sugerir sugiere sugirió
pronosticar pronostica pronosticó
vaticinar vaticina vaticinó
prever prevé previó
comentar comenta comentó comentaron
tuitear tuitea tuiteó
criticar critica criticó criticaron
denunciar denuncia denunció denunciaron
lamentar lamenta lamentó
exigir exige exigen exigió exigieron
reclamar reclama reclamó
pedir pide piden pidió pidieron
instar insta instó
describir describe describió
calificar califica calificó
recordar recuerda recuerdan recordó recordaron
contó relatar relata relató
manifestar manifiesta manifestó manifestaron
expresar expresa expresó
reiterar reitera reiteró
apostillar apostilla apostilló
sentenciar sentencia sentenció
temer teme temen temió
revelar revela reveló
"""

SPEECH_NOUNS = """
declaración declaraciones
afirmación afirmaciones
comunicado comunicados nota
anuncio
opinión opiniones postura posición
valoración valoraciones evaluación estimación estimaciones
mensaje mensajes
advertencia advertencias alerta
informe informes
entrevista entrevistas
tuit tuits publicación
palabras
crítica críticas denuncia
respuesta
explicación
conclusión
previsión previsiones
testimonio testimonios discurso carta comparecencia
"""

# "si" opens an indirect question ("preguntó si").
COMPLEMENTIZERS = "que si"

ACCORDING_TO = (
    "según",
    "de acuerdo con",
    "a juicio de",
    "en palabras de",
    "a decir de",
    "en opinión de",
    "a criterio de",
)
ACCORDING_TO_AFTER = ()

# El Mundo, ABC and La Vanguardia use «…»; El País and most Latin American papers “…”.
QUOTE_MARKS = (("«", "»"), ("“", "”"), ('"', '"'))
SCARE_QUOTES = (("'", "'"), ("‘", "’"))

# Uncertain: Spanish news quotes with «…» or “…”; the dash ("—Es grave —dijo.") is mostly
# found in interviews. Kept on because a news paragraph seldom opens with a dash otherwise.
DIALOGUE_DASH = True

# Spanish drops the subject pronoun; the verb carries no gender.
PRONOUNS = {"él": "m", "ella": "f", "ellos": "p", "ellas": "p"}

TITLES = """
presidente presidenta vicepresidente vicepresidenta mandatario mandataria
ministro ministra canciller premier
rey reina príncipe princesa
papa obispo arzobispo cardenal
profesor profesora doctor doctora dr. dra.
general coronel capitán comandante almirante teniente
senador senadora diputado diputada congresista
alcalde alcaldesa gobernador gobernadora
portavoz vocero vocera
embajador embajadora
director directora consejero consejera ceo jefe jefa
líder dirigente secretario secretaria delegado delegada
experto experta analista investigador investigadora economista
juez jueza fiscal abogado abogada
comisario comisaria
"""

ROLE_CLAUSES = (
    "que es",
    "quien es",
    "que fue",
    "quien fue",
    "que era",
    "quien era",
    "que ha sido",
    "quien ha sido",
    "que dirige",
    "quien dirige",
    "que preside",
    "quien preside",
)

# The conditional ("habría dicho") marks hearsay but is too common in other uses.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "yo nosotros nosotras vosotros vosotras usted ustedes uno"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows ("la
# encuesta muestra que …", "los investigadores descubrieron que …"), never alone. Left
# out: "prueba" (test, proof) and "supuesto" ("por supuesto").
CLAUSE_VERBS = """
saber sabe saben sabía supo sabido sé
mostrar muestra muestran mostró mostrado
demostrar demuestra demuestran demostró demostrado
probado
comprobar comprueba comprobó comprobado
constatar constata constató
descubrir descubre descubrió descubrieron descubierto
encontró encontraron
esperar espera esperan espero
enteró
entender entiende entienden entendió
comprender comprende comprendió
dudar duda
preocupar preocupa preocupan
supone suponen supuso
decidir decide deciden decidió decidido
determinar determina determinó
dictaminó
establece estableció
significar significa significan significó
parecer parece parecen pareció
resulta resultó
evidencia evidenció
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
creer cree creen creía creyó pensar piensa piensan pensó esperar espera esperan temer
teme temen temió supone dudar duda considerar considera consideran opinión juicio
"""
