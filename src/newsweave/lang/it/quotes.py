"""Italian quote data: speech verbs and nouns, according-to markers, quotation marks,
pronouns, titles and role clauses."""

# Infinitive, present 3sg/3pl, passato remoto 3sg/3pl, imperfect 3sg, participle (the
# passato prossimo "ha detto" is found by its participle).
SPEECH_VERBS = """
dire dice dicono disse dissero detto diceva dicevano
dichiarare dichiara dichiarano dichiarò dichiararono dichiarato
affermare afferma affermano affermò affermarono affermato
spiegare spiega spiegano spiegò spiegarono spiegato spiegava
aggiungere aggiunge aggiungono aggiunse aggiunto
sottolineare sottolinea sottolineano sottolineò sottolineato
evidenziare evidenzia evidenziò evidenziato
ribadire ribadisce ribadiscono ribadì ribadito
insistere insiste insistono insistette insistito
sostenere sostiene sostengono sostenne sostenuto
assicurare assicura assicurano assicurò assicurato
garantire garantisce garantì garantito
scrivere scrive scrivono scrisse scritto
riferire riferisce riferiscono riferì riferito
riportare riporta riportò riportato
annunciare annuncia annunciano annunciò annunciato
confermare conferma confermano confermò confermato
smentire smentisce smentì smentito
negare nega negano negò negato
avvertire avverte avvertì avvertito
ammonire ammonisce ammonì
credere crede credono credeva creduto
pensare pensa pensano pensava pensato
ritenere ritiene ritengono ritenne ritenuto
considerare considera considerano considerato
stimare stima stimano stimato
valutare valuta valutato
chiedere chiede chiedono chiese chiesto
domandare domanda domandato
rispondere risponde rispondono rispose risposto
replicare replica replicò replicato
osservare osserva osservò osservato
notare nota notato
rilevare rileva rilevò rilevato
ammettere ammette ammise ammesso
riconoscere riconosce riconobbe riconosciuto
promettere promette promise promesso
concludere conclude concluse concluso
suggerire suggerisce suggerì suggerito
prevedere prevede previde previsto
commentare commenta commentò commentato
twittare twitta twittato
criticare critica criticò criticato
pretendere pretende
sollecitare sollecita sollecitò
esortare esorta esortò
accusare accusa accusò accusato
definire definisce definì definito
descrivere descrive descrisse descritto
raccontare racconta raccontò raccontato
ricordare ricorda ricordò ricordato
indicare indica indicò indicato
precisare precisa precisò precisato
puntualizzare puntualizza puntualizzò
denunciare denuncia denunciò denunciato
temere teme temono temuto
auspicare auspica auspicò
tuonare tuona tuonò
rivelare rivela rivelò rivelato
confidare confida confidò
argomentare argomenta argomentò
incalzare incalza incalzò
"""

SPEECH_NOUNS = """
dichiarazione dichiarazioni
affermazione affermazioni
comunicato comunicati nota
annuncio
opinione opinioni parere pareri posizione
valutazione valutazioni stima stime
messaggio messaggi
avvertimento allarme
rapporto rapporti
intervista interviste
tweet post
parole
critica critiche denuncia
risposta
spiegazione
conclusione
previsione previsioni
testimonianza
discorso lettera
"""

# "se" opens an indirect question ("ha chiesto se").
COMPLEMENTIZERS = "che se"

ACCORDING_TO = (
    "secondo",
    "stando a",
    "a detta di",
    "a parere di",
    "a giudizio di",
    "ad avviso di",
)
ACCORDING_TO_AFTER = ()

QUOTE_MARKS = (("«", "»"), ("“", "”"), ('"', '"'))
SCARE_QUOTES = (("'", "'"), ("‘", "’"))

# Uncertain: Italian news quotes with «…»; a paragraph opening with a dash is rare outside
# interviews. Kept on because a news paragraph seldom opens with a dash otherwise.
DIALOGUE_DASH = True

# Italian drops the subject pronoun; "egli", "ella", "essi" are formal written forms.
PRONOUNS = {
    "lui": "m",
    "lei": "f",
    "loro": "p",
    "egli": "m",
    "ella": "f",
    "essi": "p",
    "esse": "p",
}

TITLES = """
presidente presidentessa vicepresidente premier
ministro ministra viceministro sottosegretario sottosegretaria cancelliere
re regina principe principessa
papa pontefice vescovo arcivescovo cardinale
professore professoressa prof. dottore dottoressa dott. dott.ssa
generale colonnello capitano comandante ammiraglio tenente
senatore senatrice deputato deputata onorevole on. eurodeputato
sindaco sindaca governatore governatrice assessore assessora
portavoce
ambasciatore ambasciatrice
direttore direttrice amministratore amministratrice capo leader
segretario segretaria
esperto esperta analista ricercatore ricercatrice economista
giudice procuratore procuratrice pm avvocato avvocata
commissario commissaria prefetto questore
"""

ROLE_CLAUSES = (
    "che è",
    "che era",
    "che è stato",
    "che è stata",
    "che fu",
    "che dirige",
    "che guida",
    "che presiede",
)

# The conditional ("avrebbe detto") marks hearsay but is too common in other uses.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "io noi tu voi si"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows ("il
# sondaggio mostra che …", "gli inquirenti hanno scoperto che …"), never alone. Left
# out: "comprende" (mostly "includes") and 1sg "so".
CLAUSE_VERBS = """
sapere sa sanno sapeva sapevano saputo
mostrare mostra mostrano mostrò mostrato
dimostrare dimostra dimostrano dimostrò dimostrato
scoprire scopre scoprono scoprì scoperto
constatare constata constatato
accertare accerta accertò accertato
apprendere apprende appreso
sperare spera sperano sperava sperato spero
capire capisce capito capì
accorge accorse accorto
dubitare dubita
preoccupare preoccupa preoccupano
decidere decide decidono decise deciso
stabilire stabilisce stabilì stabilito
significare significa significano
sembrare sembra sembrano sembrava
pare risulta risultò emerge emerso
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
credere crede credono credeva creduto pensare pensa pensano pensava pensato sperare
spera sperano sperava sperato temere teme temono dubitare dubita prevedere prevede
ritenere ritiene ritengono ritenuto parere opinione avviso
"""
