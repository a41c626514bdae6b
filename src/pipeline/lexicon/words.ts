/** Closed word lists of English newswriting that the stages share. Actor names live in the knowledge file. */

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Nouns that say what a person does: a phrase with one is a role ("an expert on Russian affairs"). */
export const ROLE_NOUNS = set(`
  president presidents leader leaders spokesman spokeswoman spokesperson secretary minister chancellor advisor adviser
  ambassador analyst expert professor researcher associate fellow director chief head official correspondent reporter
  journalist editor commentator politician senator governor general commander officer diplomat envoy aide economist
  scientist lawyer chairman chairwoman chair founder ceo assistant lecturer historian scholar premier king queen prince
  pope mayor deputy representative colonel admiral coordinator strategist columnist observer specialist consultant dean
  member lawmaker negotiator prosecutor judge activist author host anchor counterpart commissioner candidate
  opponent rival challenger successor predecessor nominee incumbent priest bishop cleric imam rabbi blogger writer
  businessman businesswoman tycoon billionaire investor executive manager partner widow widower wife husband son
  daughter brother sister campaigner organiser organizer mediator emissary mp legislator delegate councillor
  councilor superintendent inspector ruler monarch emir sultan dictator strongman undersecretary
  chairperson treasurer ombudsman
`);

/**
 * Lower-case words of a title phrase before its role noun: the portfolio or rank in "foreign policy
 * chief", "trade commissioner", "senior defence official".
 */
export const TITLE_MODIFIERS = set(`
  political senior top independent military research leading prominent veteran retired acting interim former chief
  lead foreign policy trade finance financial defence defense interior home economy economic energy health security
  national commerce justice climate agriculture environment press communications digital industry labour labor
  transport education culture intelligence affairs external internal deputy vice prime state opposition shadow
`);

/** Titles that are only forms of address: the role is what stands before them ("former CIA chief General"). */
export const FORMS_OF_ADDRESS = set(`
  mr mrs ms miss dr prof general gen colonel col admiral lieutenant lt major sergeant captain sir dame lord lady
  commodore brigadier marshal datuk dato tun seri shri smt alhaji
`);

/** A regular expression's source: the roles of someone who speaks for another ("Okonjo's spokesman"). */
/**
 * Not in the state's service: a former official, or a shadow minister of the opposition, whose words
 * about their own government are a relation.
 */
export const OUT_OF_OFFICE = /\b(?:former|ex|onetime|one-time|retired|shadow|opposition)\b/i;

/** A word's regular-expression source that matches it capitalised or not: "[Mm]inistry". */
export const capitalisedOrNot = (word: string) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`;

/** A regular expression's source: one whose job is to pass others' words on. */
export const SPOKESPERSONS = String.raw`spokes(?:man|woman|person)|press secretary`;

/** A regular expression's source: what speaks for a person ("Okonjo's office", "her spokeswoman"). */
export const VOICES_OF_A_PERSON = String.raw`office|${SPOKESPERSONS}|aides?`;

export const SPEAKS_FOR_ROLES = String.raw`${SPOKESPERSONS}|aide|advis[eo]r|chief of staff`;

/**
 * A regular expression's source: a plural role and a comma, after which the people who hold it are
 * listed ("The foreign ministers of the two countries, A and B, held talks").
 */
export const PLURAL_ROLE_SET_OFF = String.raw`\b(?:ministers|leaders|presidents|premiers|envoys|negotiators|chiefs|heads|counterparts|secretaries)\b[^,;:]{0,50},\s*`;

/** A regular expression's source: a name next, perhaps after a form of address (" Mr Peter Chelule"). */
export const NAME_AHEAD = String.raw`\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|General|Gen)\.?\s+)?\p{Lu}\p{Ll}`;

/** "Mr.", "General": a form of address, with or without its full stop. */
export const isFormOfAddress = (word: string) => FORMS_OF_ADDRESS.has(word.toLowerCase().replace(/\.$/, ""));

/** Titles written before a name: "President Putin", "Mr. Putin", "General David Petraeus". */
export const NAME_TITLES = set(`
  president vice prime minister chancellor mr mrs ms miss dr prof professor general gen senator sen secretary ambassador
  governor rep representative admiral colonel col king queen prince princess pope mayor sir dame lord lady presidential
  foreign defense defence state deputy national security advisor adviser spokesman spokeswoman press chief former first
  lieutenant lt major sergeant captain commander judge justice premier commissioner commodore brigadier marshal
  undersecretary treasurer ombudsman datuk dato tun seri shri smt alhaji
`);

/** Lower-case words that may sit inside a name: "David de Roche", "Ursula von der Leyen". */
export const NAME_PARTICLES = set("de da di du del della der den van von bin ibn al el la le dos das");

/** Head words of organisations and institutions: a capitalised run that holds one is not a person. */
export const ORGANIZATION_WORDS = set(`
  institute institution center centre university ministry department council commission agency organization
  organisation party committee foundation bank academy program programme office court parliament duma congress senate
  army forces force group association union alliance service fund corporation company administration government
  school college society network board bureau treaty agreement act accords accord format conference summit war
  republic federation kingdom states nations navy guard cabinet presidency chancellery embassy consulate
`);

/** Words that say the next or previous name is a media outlet. */
export const MEDIA_DESCRIPTORS = set(`
  magazine newspaper daily weekly radio station channel broadcaster tv television outlet agency website site portal
  paper tabloid network newsletter podcast program programme show
`);

/** Words that mark a capitalised run as an outlet's name: "Kyodo News", "The Moscow Times". */
export const MEDIA_NAME_WORDS = set(`
  news times post journal herald tribune gazette radio tv television broadcasting broadcaster press agency channel
  magazine daily weekly observer mail ledger sentinel courier chronicle standard telegraph star mirror express
  monitor review globe nation insider dispatch bulletin examiner inquirer independent reporter gazette wire today
`);

/** Words in runs of capitals that are never names: headings, weekdays, months and sentence openers. */
export const NEVER_NAMES = set(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december photo getty images ap via file reuters the a an in on at for and but or so as if when while
  after before since during his her their its our my your this that these those it he she they we i you there here
  what who why how where despite although though however meanwhile also earlier later yesterday today tomorrow
`);

/** First words of the names of places, not of people: "Lake Victoria", "Mount Kenya". */
export const PLACE_OPENERS = set(`lake mount gulf cape isle strait sea bay`);

/** Last words of the names of places, not of people: "Davis Strait", "Hans Island", "Red Sea". */
export const PLACE_HEADS = set(`
  strait straits island islands sea ocean gulf bay river lake mountains mountain peninsula desert valley
  coast shoal reef reefs canal channel cape archipelago plateau basin delta glacier
`);

/**
 * Head words of an organisation's name: a capitalised run with one ("Northern Fisheries Authority",
 * "Council on Foreign Relations", "Acme Inc.") names an organisation.
 */
export const ORGANIZATION_HEADS = set(`
  institute institution center centre university ministry department council commission agency organization
  organisation party committee foundation bank academy office court parliament congress senate assembly authority
  union alliance association federation fund corporation company group inc corp ltd plc llc ag sa nv bv gmbh se asa
  spa oyj bhd tbk bureau board
  service tribunal police army navy forces guard front movement coalition league airways airlines
  commissioners secretariat directorate cabinet partners associates holdings presidency chancellery embassy
  consulate society network trust forum initiative observatory government community commonwealth consortium
  cooperative chamber exchange programme program command mission confederation caucus
`);

/** Titles of office: a capitalised run with one names a person by office ("Energy Secretary X"), not an organisation. */
export const OFFICE_TITLES = set(`
  president minister chancellor secretary senator governor ambassador spokesman spokeswoman spokesperson chairman
  chairwoman chair ceo director chief commissioner mayor admiral premier king queen prince leader speaker whip
`);

/** Lower-case words that may join the capitalised words of an organisation's name. */
export const ORGANIZATION_CONNECTORS = set("of on for and the de du des del la");

/** Last words of company names: "Aurelian Resources", "Brightfield Copper", "Sterling Ratings". */
export const CORPORATE_TAILS = set(`
  resources energy energi holdings copper mining metals minerals steel motors automotive airways airlines capital
  ratings securities partners systems technologies technology pharmaceuticals pharma foods wind power oil gas
  petroleum insurance logistics shipping telecom telecoms media entertainment solutions services industries labs
  therapeutics biosciences chemicals construction properties realty investments ventures brands retail markets
  networks communications electric utilities water aerospace defence defense semiconductors software textiles cement
  breweries beverages turbines robotics fintech payments finance financial trading exports dockyard shipyard
  shipyards shipbuilding engineering electronics laboratories semiconductor
`);

/**
 * Last words that only a company's name ends in: "Hyundai Mipo Dockyard", "Nordic Airways". A name
 * with one is a company wherever it stands, where "Green Energy" needs the text to say so.
 */
export const COMPANY_ONLY_TAILS = set(`
  dockyard shipyard shipyards shipbuilding airways airlines holdings mining metals minerals steel motors
  pharmaceuticals pharma therapeutics biosciences chemicals breweries semiconductors labs logistics shipping
  telecom telecoms securities ratings technologies industries petroleum electronics laboratories semiconductor
`);

// What readouts call an office besides its title: "the Head of State" is the president the story
// named, "the Government leader" its prime minister.
const OFFICE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["head of state", "president"],
  ["head of government", "prime minister"],
  ["government leader", "prime minister"],
  ["pm", "prime minister"],
  ["deputy pm", "deputy prime minister"],
]);

/** The office a title names, as the article's holders of offices are kept: "Head of State" -> "president". */
export const officeOf = (written: string) => {
  const office = written.toLowerCase();
  return OFFICE_SYNONYMS.get(office) ?? office;
};
