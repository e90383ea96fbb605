"""Polish quote data: speech verbs and nouns, according-to markers, quotation marks,
pronouns, titles and role clauses."""

# Infinitive of both aspects, present 3sg/3pl, past in all genders (powiedział -a -i -y)
# and the impersonal "-no" form ("poinformowano").
SPEECH_VERBS = """
mówić mówi mówią mówił mówiła mówili mówiły mówiono
powiedzieć powie powiedział powiedziała powiedzieli powiedziały powiedziano
oświadczyć oświadczył oświadczyła oświadczyli oświadcza oświadczają oświadczono
stwierdzić stwierdził stwierdziła stwierdzili stwierdza stwierdzają stwierdzono
dodać dodał dodała dodali dodaje dodają
wyjaśnić wyjaśnił wyjaśniła wyjaśnili wyjaśnia wyjaśniają
tłumaczyć tłumaczy tłumaczył tłumaczyła tłumaczyli
podkreślić podkreślił podkreśliła podkreślili podkreśla podkreślają
zaznaczyć zaznaczył zaznaczyła zaznaczyli zaznacza
twierdzić twierdzi twierdzą twierdził twierdziła twierdzili
pisać pisze piszą pisał pisała
napisać napisał napisała napisali
poinformować poinformował poinformowała poinformowali informuje informują poinformowano
przekazać przekazał przekazała przekazali przekazuje przekazano
podać podał podała podali podaje podają podano
ogłosić ogłosił ogłosiła ogłosili ogłasza
zapowiedzieć zapowiedział zapowiedziała zapowiedzieli zapowiada
potwierdzić potwierdził potwierdziła potwierdzili potwierdza potwierdzają
zaprzeczyć zaprzeczył zaprzeczyła zaprzecza
zdementować zdementował zdementowała dementuje
ostrzec ostrzegł ostrzegła ostrzegli ostrzega ostrzegają
uważać uważa uważają uważał uważała uważali
sądzić sądzi sądził sądziła
myśleć myśli myślał myślała
wierzyć wierzy wierzył wierzyła
ocenić ocenił oceniła ocenili ocenia oceniają
szacować szacuje szacują szacował oszacował oszacowała
przekonywać przekonuje przekonywał przekonywała przekonywali
argumentować argumentuje argumentował argumentowała
pytać pyta pytał pytała zapytać zapytał zapytała
odpowiedzieć odpowiedział odpowiedziała odpowiedzieli odpowiada
zauważyć zauważył zauważyła zauważyli zauważa
wskazać wskazał wskazała wskazali wskazuje wskazują
zwrócił zwróciła zwrócili zwraca
przyznać przyznał przyznała przyznali przyznaje
obiecać obiecał obiecała obiecali obiecuje
zapewnić zapewnił zapewniła zapewnili zapewnia
zadeklarować zadeklarował zadeklarowała deklaruje
podsumować podsumował podsumowała
zasugerować zasugerował zasugerowała sugeruje
przewidywać przewiduje przewidywał przewidywała
prognozować prognozuje prognozował
skomentować skomentował skomentowała komentuje komentował
skrytykować skrytykował skrytykowała krytykuje krytykował
żądać żąda żądał zażądał zażądała
domagać domaga domagają domagał domagała
wezwać wezwał wezwała wezwali wzywa
zaapelować zaapelował zaapelowała apeluje
opisać opisał opisała opisuje
nazwać nazwał nazwała nazywa
przypomnieć przypomniał przypomniała przypomina
relacjonować relacjonuje relacjonował relacjonowała
opowiadać opowiada opowiadał opowiadała opowiedział opowiedziała
alarmować alarmuje alarmował
ujawnić ujawnił ujawniła
obawiać obawia obawiają obawiał obawiała
spodziewać spodziewa spodziewają
"""

SPEECH_NOUNS = """
oświadczenie oświadczenia oświadczeniu
wypowiedź wypowiedzi
komunikat komunikatu komunikacie
opinia opinii opinię
ocena oceny ocenie ocenę
stanowisko stanowiska stanowisku
twierdzenie
ostrzeżenie ostrzeżenia
raport raportu raporcie
wywiad wywiadu wywiadzie
wpis wpisu wpisie
słowa słowach
krytyka apel żądanie
odpowiedź
wyjaśnienie
wniosek wnioski
prognoza prognozy
deklaracja zapowiedź
informacja informacje informacji
"""

# "iż" is the formal "że"; "aby"/"żeby" open what is called for ("zaapelował, aby").
COMPLEMENTIZERS = "że iż czy aby żeby"

ACCORDING_TO = (
    "według",
    "wg",
    "wg.",
    "zdaniem",
    "w opinii",
    "w ocenie",
    "w przekonaniu",
)
ACCORDING_TO_AFTER = ()

QUOTE_MARKS = (("„", "”"), ("»", "«"), ('"', '"'))
SCARE_QUOTES = (("'", "'"), ("‚", "’"))

# "- Jesteśmy zadowoleni - mówi burmistrz." is common, in regional papers above all.
DIALOGUE_DASH = True

# Polish drops the subject pronoun; the past-tense verb shows the gender.
PRONOUNS = {"on": "m", "ona": "f", "oni": "p", "one": "p", "ono": "n"}

# Nominative and genitive ("prezydenta Dudy", "premiera Tuska").
TITLES = """
prezydent prezydenta wiceprezydent
premier premiera wicepremier
minister ministra wiceminister ministerka
kanclerz król królowa książę księżna
papież biskup arcybiskup kardynał ksiądz ks.
profesor profesora prof. doktor dr
generał gen. pułkownik płk kapitan kpt. komandor admirał
senator poseł posłanka europoseł
burmistrz wójt starosta wojewoda marszałek
rzecznik rzecznika rzeczniczka
ambasador
prezes prezesa prezeska dyrektor dyrektora dyrektorka
szef szefa szefowa kierownik lider liderka
przewodniczący przewodnicząca sekretarz
ekspert ekspertka analityk analityczka badacz badaczka naukowiec
ekonomista ekonomistka
sędzia prokurator adwokat mecenas mec. radca
komendant komisarz
"""

ROLE_CLAUSES = (
    "który jest",
    "która jest",
    "który był",
    "która była",
    "który pełni",
    "która pełni",
    "który kieruje",
    "która kieruje",
)

# Polish has no verb form reserved for reported speech.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "ja my ty wy pan pani państwo"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows
# ("sondaż pokazuje, że …", "śledczy ustalili, że …"), never alone. The neuter past too,
# for studies and reports ("badanie wykazało"); "okazało się, że" by its verb.
CLAUSE_VERBS = """
wiedzieć wie wiedzą wiedział wiedziała wiedzieli wiem
pokazać pokazuje pokazał pokazała pokazało pokazali
wykazać wykazuje wykazał wykazała wykazało wykazali wykazano
okazać okazuje okazało
wynika wynikało
udowodnić udowadnia udowodnił udowodniła udowodnili
odkryć odkrywa odkrył odkryła odkryli odkryto
ustalić ustala ustalił ustaliła ustalili ustalono
dowiedzieć dowiedział dowiedziała dowiedzieli
zrozumieć rozumie zrozumiał zrozumiała
wątpić wątpi wątpił
martwi niepokoi
zakłada przypuszcza
zdecydować decyduje zdecydował zdecydowała zdecydowali
postanowić postanowił postanowiła postanowili
orzec orzekł orzekła
uznać uznaje uznał uznała uznali uznano
oznaczać oznacza oznaczało
wydaje wydawało
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
wierzyć wierzy wierzył wierzyła sądzić sądzi sądził sądziła myśleć myśli myślał myślała
obawiać obawia obawiają obawiał obawiała spodziewać spodziewa spodziewają przypuszcza
wątpić wątpi wątpił uważać uważa uważają uważał uważała zdaniem opinii
"""
