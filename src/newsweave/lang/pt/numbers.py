"""Portuguese number data: how numbers are written, their scale words, units and the
nouns they count (see `newsweave.stories.numbers` for what each constant means).
"bilhão" is 10**9 (Brazilian usage, and news usage in Portugal today); "mil milhões"
is 10**9 too."""

DECIMAL = ","
GROUP = (".", " ", "\u00a0", "\u202f")
SCALES = {
    "mil": 3,
    "milhão": 6,
    "milhões": 6,
    "mi": 6,
    "mil milhões": 9,
    "bilhão": 9,
    "bilhões": 9,
    "bi": 9,
    "trilhão": 12,
    "trilhões": 12,
}
UNITS = {
    "USD": ("dólar", "dólares"),
    "EUR": ("euro", "euros"),
    "GBP": ("libra", "libras", "libras esterlinas"),
    "JPY": ("iene", "ienes"),
    "RUB": ("rublo", "rublos"),
    "BRL": ("real", "reais"),
    "%": ("por cento", "pontos percentuais"),
    "km": ("km", "quilômetro", "quilômetros", "quilómetro", "quilómetros"),
    "kg": ("kg", "quilo", "quilos", "quilograma", "quilogramas"),
    "t": ("tonelada", "toneladas"),
    "people": ("pessoas", "pessoa", "habitantes"),
    "points": ("ponto", "pontos"),
}
NOUNS = {
    "loss": ("perda", "perdas", "prejuízo", "prejuízos"),
    "profit": ("lucro", "lucros"),
    "revenue": ("receita", "receitas", "faturamento", "faturação"),
    "sales": ("vendas",),
    "debt": ("dívida", "dívidas"),
    "share": ("ação", "ações", "acção", "acções"),
    "job": ("empregos", "emprego", "postos de trabalho", "vagas"),
    "worker": ("trabalhadores", "funcionários", "empregados", "operários"),
    "death": ("mortos", "vítimas", "mortes", "óbitos"),
    "injured": ("feridos", "ferido"),
    "vote": ("votos", "voto"),
    "delegate": ("delegados",),
    "seat": ("assentos", "cadeiras", "lugares"),
    "vehicle": ("carros", "veículos", "automóveis"),
    "dealer": ("concessionárias", "concessionários", "revendedores"),
    "plant": ("fábricas", "fábrica", "unidades"),
    "soldier": ("soldados", "militares", "tropas"),
    "child": ("crianças", "criança", "menores"),
    "home": ("casas", "moradias", "habitações"),
    "passenger": ("passageiros",),
    "case": ("casos", "caso"),
    "barrel": ("barris", "barril"),
}
LINKS = ("de", "do", "da", "dos", "das", "em")
PER = ("por",)
HEDGES = (
    "cerca de",
    "quase",
    "aproximadamente",
    "pelo menos",
    "mais de",
    "menos de",
    "até",
    "por volta de",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("horas", "h")
