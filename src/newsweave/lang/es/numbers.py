"""Spanish number data: how numbers are written, their scale words, units and the nouns
they count (see `newsweave.stories.numbers` for what each constant means). Spanish
"billón" is 10**12; 10**9 is "mil millones" (or "millardo")."""

DECIMAL = ","
GROUP = (".", " ", "\u00a0", "\u202f")
SCALES = {
    "mil": 3,
    "millón": 6,
    "millon": 6,
    "millones": 6,
    "mill.": 6,
    "mil millones": 9,
    "millardo": 9,
    "millardos": 9,
    "billón": 12,
    "billon": 12,
    "billones": 12,
}
UNITS = {
    "USD": ("dólar", "dólares", "dólares estadounidenses", "dólares americanos"),
    "EUR": ("euro", "euros"),
    "GBP": ("libra", "libras", "libras esterlinas"),
    "JPY": ("yen", "yenes"),
    "RUB": ("rublo", "rublos"),
    "%": ("por ciento", "puntos porcentuales"),
    "km": ("km", "kilómetro", "kilómetros"),
    "kg": ("kg", "kilo", "kilos", "kilogramo", "kilogramos"),
    "t": ("tonelada", "toneladas"),
    "people": ("personas", "persona", "habitantes"),
    "points": ("punto", "puntos", "enteros"),
}
NOUNS = {
    "loss": ("pérdida", "pérdidas"),
    "profit": ("beneficio", "beneficios", "ganancia", "ganancias", "utilidades"),
    "revenue": ("ingresos", "facturación"),
    "sales": ("ventas",),
    "debt": ("deuda", "deudas"),
    "share": ("acción", "acciones"),
    "job": ("empleos", "empleo", "puestos de trabajo"),
    "worker": ("trabajadores", "empleados", "trabajador", "empleado", "obreros"),
    "death": ("muertos", "fallecidos", "víctimas", "muertes", "víctimas mortales"),
    "injured": ("heridos", "herido", "lesionados"),
    "vote": ("votos", "voto"),
    "delegate": ("delegados", "compromisarios"),
    "seat": ("escaños", "escaño", "asientos"),
    "vehicle": ("coches", "automóviles", "vehículos", "autos", "coche"),
    "dealer": ("concesionarios", "concesionario", "distribuidores"),
    "plant": ("plantas", "fábricas", "planta", "fábrica"),
    "soldier": ("soldados", "soldado", "tropas", "militares"),
    "child": ("niños", "niño", "menores"),
    "home": ("casas", "viviendas", "hogares"),
    "passenger": ("pasajeros",),
    "case": ("casos", "caso"),
    "barrel": ("barriles", "barril"),
}
LINKS = ("de", "del", "en")
PER = ("por",)
HEDGES = (
    "unos",
    "unas",
    "cerca de",
    "casi",
    "alrededor de",
    "aproximadamente",
    "al menos",
    "por lo menos",
    "más de",
    "hasta",
    "menos de",
)
# words next to a time of day, before or after it ("16.08 uur", "kl. 16.08")
CLOCK = ("horas", "h")
