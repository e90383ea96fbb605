"""English quote data: speech verbs and nouns, according-to markers, quotation marks,
pronouns, titles and role clauses."""

# British and American spellings ("emphasise", "emphasize").
SPEECH_VERBS = """
say says said saying
tell tells told telling
add adds added adding
explain explains explained explaining
stated stating
stress stresses stressed stressing
emphasise emphasises emphasised emphasising
emphasize emphasizes emphasized emphasizing
underline underlines underlined underscore underscores underscored
highlight highlights highlighted
claim claims claimed claiming
write writes wrote written writing
report reports reported reporting
announce announces announced announcing
confirm confirms confirmed confirming
deny denies denied denying
warn warns warned warning
caution cautions cautioned
believe believes believed believing
think thinks thought thinking
feel feels felt
reckon reckons reckoned
argue argues argued arguing
ask asks asked asking
answer answers answered
reply replies replied
respond responds responded
counter countered retort retorted
note notes noted noting
point points pointed pointing
observe observes observed
remark remarks remarked
mention mentions mentioned
estimate estimates estimated estimating
assess assesses assessed
insist insists insisted insisting
maintain maintains maintained
contend contends contended
assert asserts asserted
allege alleges alleged alleging
accuse accuses accused accusing
admit admits admitted admitting
concede concedes conceded conceding
acknowledge acknowledges acknowledged acknowledging
promise promises promised promising
pledge pledges pledged
vow vows vowed
declare declares declared declaring
conclude concludes concluded concluding
suggest suggests suggested suggesting
predict predicts predicted predicting
forecast forecasts forecasting
expect expects expected
fear fears feared
suspect suspects suspected
comment comments commented commenting
tweet tweets tweeted tweeting posted
criticise criticises criticised criticising
criticize criticizes criticized criticizing
complain complains complained
lament laments lamented
demand demands demanded demanding
call calls called calling
urge urges urged urging
describe describes described describing
assure assures assured assuring
recall recalls recalled recalling
remind reminds reminded reminding
indicate indicates indicated indicating
signal signals signalled signaled
hint hints hinted
reveal reveals revealed
disclose discloses disclosed
reiterate reiterates reiterated
repeat repeats repeated
agree agrees agreed
testify testifies testified
continue continues continued
quip quipped joke joked boast boasted
quoted
"""

SPEECH_NOUNS = """
statement statements
announcement announcements
opinion opinions view views
assessment assessments estimate estimates
claim claims assertion assertions allegation allegations
message messages
warning warnings
report reports
communique communiqué
interview interviews
tweet tweets post posts
words remarks remark comments comment
testimony
prediction predictions forecast
belief promise pledge
answer response reply
explanation conclusion
speech letter email
"""

COMPLEMENTIZERS = "that whether if"

ACCORDING_TO = (
    "according to",
    "in the words of",
    "in the view of",
    "in the opinion of",
    "as reported by",
)
ACCORDING_TO_AFTER = ()

# British papers and the BBC use single marks for speech (‘…’, and '…' in headlines).
QUOTE_MARKS = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"))
SCARE_QUOTES = ()

DIALOGUE_DASH = False

# A reported clause often follows its verb with no "that": "Trump says the deal is dead".
BARE_CLAUSES = True

# "they" is kept plural; a singular "they" for one person needs the context.
PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n"}

# Single tokens: "Prime Minister Starmer" is found by "minister".
TITLES = """
president vice-president premier chancellor minister secretary secretary-general
king queen prince princess emperor
pope archbishop bishop cardinal rabbi imam reverend rev.
professor prof. doctor dr.
general gen. lieutenant lt. colonel col. major maj. captain capt. sergeant sgt.
commander admiral marshal
senator sen. congressman congresswoman representative rep. mp mep
governor gov. mayor councillor councilman councilwoman
spokesperson spokesman spokeswoman
ambassador envoy
ceo cfo chief chairman chairwoman chair chairperson director president-elect
leader head
expert analyst researcher scientist economist strategist
judge justice prosecutor attorney lawyer solicitor barrister counsel
commissioner inspector superintendent detective officer sheriff
deputy
"""

ROLE_CLAUSES = (
    "who is",
    "who was",
    "who has been",
    "who had been",
    "who serves as",
    "who served as",
    "who heads",
    "who headed",
    "who leads",
    "who led",
    "who chairs",
    "who runs",
)

# English has no verb form reserved for reported speech.
REPORTED_SPEECH_MARKERS = ""

# Subject pronouns for the writer, the reader or people in general: a speaker given by
# one of them is kept as its text, with no name (`newsweave.quotes.attribute`).
UNRESOLVED_PRONOUNS = "i we you one"

# Verbs of knowing, finding and showing: a cue only when a complementizer follows ("the
# poll shows that …", "investigators found that …"), never alone.
CLAUSE_VERBS = """
show shows showed shown showing
find finds found finding
know knows knew known knowing
hope hopes hoped hoping
learn learns learned learnt learning
realize realizes realized realise realises realised
understand understands understood
prove proves proved proven
worry worries worried worrying
doubt doubts doubted
recognize recognizes recognized recognise recognises recognised
assume assumes assumed
decide decides decided
discover discovers discovered
determine determines determined
rule rules ruled
mean means meant
seem seems seemed
"""

# Cues of a belief, a hope, a fear, an expectation or an intention rather than of
# something said (every one is also a cue above): a quote they introduce stays an
# attribution, marked `"act": "belief"`, and is shown apart from what was said.
BELIEF_CUES = """
believe believes believed believing think thinks thought thinking hope hopes hoped
hoping fear fears feared expect expects expected suspect suspects suspected doubt doubts
doubted assume assumes assumed feel feels felt worry worries worried belief view views
opinion
"""

# The ending of a present participle: a cue so formed right after a comma ("…, saying he
# would …", "…, claiming 41 percent of the vote") speaks for the sentence's own subject and
# never closes a trailing attribution of the words before the comma.
PARTICIPLE_ENDINGS = ("ing",)
