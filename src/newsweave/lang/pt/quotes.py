"""Portuguese quote data, Brazilian and European: speech verbs and nouns, according-to
markers, quotation marks, pronouns, titles and role clauses."""

# Infinitive, present 3sg/3pl, preterite 3sg/3pl, imperfect 3sg, participle; Brazilian
# ("ressaltou", "avaliou", "cobrou") and European ("salientou") news usage.
SPEECH_VERBS = """
dizer diz dizem disse disseram dito dizia diziam dizendo
afirmar afirma afirmam afirmou afirmaram afirmado afirmava
declarar declara declaram declarou declararam declarado
explicar explica explicam explicou explicaram explicado explicava
acrescentar acrescenta acrescentam acrescentou acrescentaram acrescentado
sublinhar sublinha sublinhou
destacar destaca destacam destacou destacaram
ressaltar ressalta ressaltou ressaltaram
salientar salienta salientou
frisar frisa frisou
enfatizar enfatiza enfatizou
insistir insiste insistiu
assegurar assegura assegurou
garantir garante garantem garantiu garantiram
sustentar sustenta sustentou
alegar alega alegou alegaram
defender defende defendeu defenderam
escrever escreve escrevem escreveu escrito
relatar relata relatou relataram
informar informa informam informou informaram informado
anunciar anuncia anunciam anunciou anunciaram anunciado
confirmar confirma confirmam confirmou confirmaram confirmado
negar nega negam negou negaram
desmentir desmente desmentiu
advertir adverte advertiu
alertar alerta alertou alertaram
avisar avisa avisou
acreditar acredita acreditam acreditou
pensar pensa pensou
achar acha acham achou
considerar considera consideram considerou consideraram
avaliar avalia avaliam avaliou avaliaram
estimar estima estimou
calcular calcula calculou
argumentar argumenta argumentou
perguntar pergunta perguntou
questionar questiona questionou
responder responde respondem respondeu responderam
retrucar retrucou rebater rebateu
apontar aponta apontam apontou apontaram
observar observa observou
admitir admite admitiu
reconhecer reconhece reconheceu
prometer promete prometeu
concluir conclui concluiu
sugerir sugere sugeriu
prever prevê previu
comentar comenta comentou
tuitar tuitou
criticar critica criticou criticaram
denunciar denuncia denunciou
lamentar lamenta lamentou
exigir exige exigiu
cobrar cobra cobrou
pedir pede pediu pediram
apelar apela apelou
descrever descreve descreveu
classificar classifica classificou
lembrar lembra lembrou
recordar recorda recordou
indicar indica indicou
ressalvar ressalva ressalvou
contou
temer teme temeu
revelar revela revelou
reiterar reitera reiterou
"""

SPEECH_NOUNS = """
declaração declarações
afirmação afirmações
comunicado comunicados nota
anúncio
opinião opiniões parecer posição
avaliação avaliações estimativa estimativas
mensagem mensagens
alerta aviso advertência
relatório relatórios
entrevista entrevistas
tweet tuíte publicação
palavras
crítica críticas denúncia
resposta
explicação
conclusão
previsão previsões
depoimento testemunho
discurso carta
"""

# "se" opens an indirect question ("perguntou se"); after a speech verb it is also the
# Brazilian "afirmou se tratar de", whose clause is reported content too.
COMPLEMENTIZERS = "que se"

ACCORDING_TO = (
    "segundo",
    "de acordo com",
    "conforme",
    "na opinião de",
    "na avaliação de",
    "nas palavras de",
    "na visão de",
)
ACCORDING_TO_AFTER = ()

# Brazilian news uses “…” and "…"; European papers also «…».
QUOTE_MARKS = (("“", "”"), ("«", "»"), ('"', '"'))
SCARE_QUOTES = (("'", "'"), ("‘", "’"))

# Uncertain: a paragraph opening with "—" is common in Portuguese fiction and interviews,
# less in news reports. Kept on because a news paragraph seldom opens with a dash otherwise.
DIALOGUE_DASH = True

# Portuguese drops the subject pronoun; the verb carries no gender.
PRONOUNS = {"ele": "m", "ela": "f", "eles": "p", "elas": "p"}

TITLES = """
presidente presidenta vice-presidente
ministro ministra primeiro-ministro primeira-ministra chanceler
rei rainha príncipe princesa
papa bispo arcebispo cardeal
professor professora doutor doutora dr. dra.
general coronel capitão comandante almirante tenente
senador senadora deputado deputada vereador vereadora
prefeito prefeita governador governadora autarca
porta-voz
embaixador embaixadora
diretor diretora director directora ceo chefe
líder dirigente secretário secretária
especialista analista pesquisador pesquisadora investigador investigadora economista
juiz juíza procurador procuradora promotor promotora advogado advogada
delegado delegada comissário
"""

ROLE_CLAUSES = (
    "que é",
    "que era",
    "que foi",
    "que tem sido",
    "que dirige",
    "que preside",
    "que lidera",
    "que comanda",
)

# The conditional ("teria dito") marks hearsay but is too common in other uses.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "eu nós tu você vocês"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows ("a
# pesquisa mostra que …", "os investigadores descobriram que …"), never alone. A verb
# with an enclitic pronoun is one token: "sabe-se" and "verificou-se" are listed as such.
CLAUSE_VERBS = """
saber sabe sabem sabia soube sabido sei sabe-se
mostrar mostra mostram mostrou mostrado
demonstrar demonstra demonstram demonstrou demonstrado
provado
comprovar comprova comprovou comprovado
constatar constata constatou constatado constatou-se
verificar verifica verificou verificado verificou-se
descobrir descobre descobriu descobriram descoberto
esperar espera esperam espero
perceber percebe percebeu
entender entende entendem entendeu
duvidar duvida duvidou
preocupar preocupa preocupam preocupou
supor supõe supôs
decidir decide decidem decidiu decidiram decidido
determinar determina determinou
estabelecer estabelece estabeleceu
significar significa significam significou
parece parecem pareceu
evidenciar evidencia evidenciou
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
acreditar acredita acreditam acreditou pensar pensa pensou esperar espera esperam temer
teme temeu supor supõe duvidar duvida considerar considera consideram opinião
"""
