import { table } from '../text/table.js';

/**
 * The words the entity extractor reads as cues: titles before a person's name, role nouns that announce a
 * person or an organisation, the head words that make a name an organisation or a place, and acronyms that
 * are measures or jargon rather than names. Kept as data so a reader can see what the extractor knows.
 */

/** Honorifics and offices that, capitalised before a name, make it a person even when the name is one word. */
export const STRONG_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'vice-president',
  'president-elect', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman', 'gov', 'governor', 'mayor',
  'judge', 'chancellor', 'minister', 'secretary', 'pope', 'king', 'queen', 'prince', 'princess', 'cllr', 'councillor',
  'councilor', 'alderman', 'ambassador', 'archbishop', 'bishop', 'cardinal', 'rev', 'reverend', 'imam', 'rabbi', 'sheikh',
  'commissioner', 'inspector', 'detective', 'sergeant', 'sgt', 'captain', 'capt', 'colonel', 'col', 'lt', 'lieutenant',
  'admiral', 'mp', 'mep', 'msp', 'mla', 'premier', 'speaker', 'sheriff', 'constable', 'superintendent', 'emir', 'crown',
]);

/** Titles and job words that may stand before a name but also start names of things ("General Electric"). */
export const WEAK_TITLES = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'cio', 'chairman', 'chairwoman', 'chair', 'chairperson', 'founder', 'co-founder', 'general',
  'gen', 'officer', 'chief', 'head', 'leader', 'director', 'manager', 'coach', 'spokesman', 'spokeswoman', 'spokesperson',
  'attorney', 'deputy', 'justice', 'correspondent', 'reporter', 'editor', 'columnist', 'analyst', 'economist', 'producer',
  'presenter', 'striker', 'defender', 'midfielder', 'goalkeeper', 'winger', 'forward', 'counsel', 'prosecutor', 'dean',
  'provost', 'vice-chancellor', 'executive', 'boss', 'envoy', 'commander', 'marshal',
]);

/** Words that only qualify a title ("Chief Executive Officer", "U.S. District Judge", "Foreign Secretary"). */
export const TITLE_MODIFIERS = new Set([
  'former', 'acting', 'deputy', 'vice', 'chief', 'senior', 'junior', 'executive', 'general', 'principal', 'assistant',
  'associate', 'interim', 'managing', 'foreign', 'home', 'finance', 'health', 'defence', 'defense', 'interior', 'justice',
  'prime', 'lead', 'regional', 'state', 'shadow', 'permanent', 'district', 'circuit', 'federal', 'supreme', 'high', 'court',
  'first', 'attorney', 'national', 'group', 'operating', 'financial', 'technology', 'technical', 'commercial', 'cabinet',
  'education', 'transport', 'trade', 'environment', 'energy', 'culture', 'treasury', 'labour', 'labor', 'economy', 'local',
  'democracy', 'science', 'business', 'political', 'economics', 'mining', 'sports', 'sport', 'medical', 'legal', 'diplomatic',
  'communications', 'media', 'digital', 'security', 'affairs', 'development',
]);

/** Lower-case role nouns right before a name that announce a person ("analyst Priya Patel"). */
export const PERSON_ROLES = new Set([
  ...STRONG_TITLES, ...WEAK_TITLES,
  'strategist', 'researcher', 'scientist', 'physicist', 'chemist', 'biologist', 'epidemiologist', 'virologist', 'lawyer',
  'barrister', 'solicitor', 'journalist', 'photographer', 'historian', 'author', 'writer', 'novelist', 'poet', 'artist',
  'musician', 'singer', 'rapper', 'actor', 'actress', 'comedian', 'chef', 'doctor', 'nurse', 'surgeon', 'teacher', 'student',
  'activist', 'campaigner', 'entrepreneur', 'billionaire', 'tycoon', 'candidate', 'player', 'boxer', 'driver', 'rider',
  'captain', 'midfielder', 'professor', 'lecturer', 'officer', 'official', 'minister', 'premier', 'filmmaker',
  'director', 'designer', 'architect', 'engineer', 'farmer', 'resident', 'pilot', 'consultant', 'adviser', 'advisor',
  'secretary-general', 'treasurer', 'trustee', 'opponent', 'challenger', 'incumbent', 'veteran',
  'skipper', 'batsman', 'bowler', 'jockey', 'trainer', 'cyclist', 'swimmer', 'sprinter', 'athlete', 'golfer',
  'quarterback', 'pitcher', 'founder', 'dancer', 'economist', 'pollster', 'psychologist',
  'psychiatrist', 'paramedic', 'firefighter', 'soldier', 'sergeant', 'colleague', 'wife', 'husband', 'son', 'daughter',
  'mother', 'father', 'brother', 'sister', 'widow', 'cousin', 'grandson', 'granddaughter', 'girlfriend', 'boyfriend',
  'spokeswoman', 'spokesman', 'spokesperson', 'counsel', 'vice-president', 'mp', 'mep', 'senator', 'congressman',
]);

/** Lower-case nouns right before a name that announce an organisation ("operator Harwich Coastal Terminals"). */
export const ORG_ROLES = new Set([
  'company', 'firm', 'group', 'operator', 'developer', 'carrier', 'airline', 'network', 'union', 'regulator', 'watchdog',
  'consortium', 'club', 'side', 'team', 'lender', 'bank', 'insurer', 'miner', 'retailer', 'supermarket', 'chain',
  'manufacturer', 'maker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'publisher', 'newspaper', 'magazine', 'outlet',
  'agency', 'charity', 'party', 'startup', 'start-up', 'provider', 'supplier', 'conglomerate', 'giant', 'subsidiary',
  'brand', 'label', 'studio', 'platform', 'service', 'exchange', 'organisation', 'organization', 'institute', 'university',
  'hospital', 'council', 'ministry', 'authority', 'federation', 'association', 'band', 'franchise', 'outfit', 'broadcaster',
  'channel', 'insurer', 'utility', 'builder', 'housebuilder', 'airline', 'shipper', 'distributor', 'wholesaler', 'grocer',
  'chain', 'lab', 'laboratory', 'think-tank', 'tank', 'pharmaceutical', 'biotech', 'fintech', 'miner', 'refiner', 'exporter',
  'importer', 'trader', 'broker', 'brokerage', 'fund',
]);

/** Nouns that end an appositive about a place (", Britain's busiest container port,"). */
export const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'port', 'country', 'nation', 'region', 'state', 'province', 'capital', 'district', 'county',
  'island', 'suburb', 'neighbourhood', 'neighborhood', 'hub', 'municipality', 'borough', 'resort', 'harbour', 'harbor',
  'enclave', 'territory', 'republic', 'kingdom', 'emirate', 'peninsula', 'area', 'constituency', 'seaside', 'coast',
]);

/** Prepositions after which a bare name is most often a place ("in Faenza", "around Bologna"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'around', 'into', 'towards', 'toward', 'inside']);

/** Head words of organisation names: a name ending in one (or "<Head> of …") is an organisation. */
export const ORG_HEADS = new Set([
  'inc', 'corp', 'corporation', 'co', 'ltd', 'limited', 'llc', 'llp', 'plc', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'se', 'spa',
  'group', 'holdings', 'company', 'companies', 'department', 'dept', 'ministry', 'agency', 'organization', 'organisation',
  'union', 'bank', 'council', 'committee', 'commission', 'university', 'college', 'school', 'academy', 'institute',
  'institution', 'association', 'federation', 'foundation', 'fund', 'authority', 'board', 'court', 'tribunal', 'parliament',
  'congress', 'senate', 'assembly', 'army', 'navy', 'police', 'constabulary', 'party', 'club', 'fc', 'afc', 'society',
  'alliance', 'trust', 'service', 'services', 'office', 'bureau', 'hospital', 'clinic', 'times', 'journal', 'post', 'news',
  'press', 'herald', 'tribune', 'guardian', 'telegraph', 'gazette', 'network', 'airlines', 'airways', 'motors',
  'technologies', 'technology', 'systems', 'labs', 'laboratories', 'pharmaceuticals', 'pharma', 'therapeutics',
  'biosciences', 'semiconductor', 'semiconductors', 'energy', 'capital', 'partners', 'media', 'studios', 'records',
  'exchange', 'reserve', 'treasury', 'pentagon', 'cabinet', 'government', 'administration', 'securities', 'insurance',
  'logistics', 'construction', 'industries', 'enterprises', 'ventures', 'investments', 'bancorp', 'airport authority',
  'consortium', 'coalition', 'movement', 'front', 'brigade', 'brigades', 'forces', 'force', 'guard', 'corps', 'league',
  'federation', 'conference', 'united', 'athletic', 'rovers', 'wanderers', 'albion', 'rangers', 'hotspur', 'argyle',
  'celtic', 'dynamo', 'sports', 'broadcasting', 'communications', 'telecom', 'telecommunications', 'mining', 'minerals',
  'resources', 'petroleum', 'oil', 'gas', 'chemicals', 'foods', 'brewery', 'airline', 'railway', 'railways', 'rail',
  'transport', 'shipping', 'lines', 'review', 'magazine', 'daily', 'channel', 'radio', 'tv',
  'television', 'cooperative', 'co-operative', 'directorate', 'inspectorate', 'secretariat', 'commissioner', 'ombudsman',
  'regulator', 'bundesbank', 'legislature', 'judiciary', 'infrastructure', 'solutions', 'software', 'electronics',
  'robotics', 'aerospace', 'defence', 'automotive', 'retail', 'stores', 'supermarkets', 'hotels', 'resorts', 'entertainment',
  'pictures', 'games', 'publishing', 'publications', 'books', 'trading', 'finance', 'financial', 'holding', 'partnership',
  'research', 'analytics', 'consulting', 'consultancy', 'advisors', 'advisers', 'associates', 'economics', 'strategies',
  'centre', 'center', 'centres', 'centers', 'museum', 'gallery', 'library', 'orchestra', 'choir', 'band', 'theatre',
]);

/** Legal-form suffixes: "Coastline Health Inc" and "Coastline Health" are one company. */
export const LEGAL_SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'limited', 'llc', 'llp', 'plc', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'se', 'spa', 'pty', 'lp']);

/** Public bodies named after the place they serve: in "Eastmoor Borough Council", "Eastmoor" is the place. */
export const PUBLIC_BODY_HEADS = new Set(['council', 'borough', 'county', 'city', 'police', 'constabulary', 'assembly', 'parliament', 'government', 'airports', 'airport', 'port', 'district']);

/** Head words of place names. */
export const PLACE_HEADS = new Set([
  'river', 'lake', 'mountain', 'mountains', 'mount', 'island', 'islands', 'bay', 'sea', 'ocean', 'valley', 'airport',
  'station', 'harbour', 'harbor', 'bridge', 'county', 'province', 'region', 'city', 'town', 'village', 'coast', 'gulf',
  'strait', 'straits', 'peninsula', 'desert', 'forest', 'canyon', 'hills', 'heights', 'beach', 'falls', 'district',
  'borough', 'quarter', 'park', 'square', 'canal', 'glacier', 'delta', 'basin', 'plain', 'plains', 'plateau', 'reef',
  'cape', 'highlands', 'lowlands', 'territory', 'territories', 'oblast', 'prefecture', 'governorate', 'state', 'republic',
  'kingdom', 'emirate', 'emirates', 'stadium', 'arena', 'palace', 'cathedral', 'abbey', 'castle', 'terminal', 'dam',
]);

/** Street-level address parts: a fact-checker's places are towns and countries, not the street of an office. */
export const STREET_HEADS = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'boulevard', 'blvd', 'lane', 'drive', 'way', 'close', 'crescent', 'terrace', 'place', 'row', 'gardens', 'mews', 'parade', 'highway']);

/** Head words of market indices and similar named measures: named things, but neither body nor place. */
export const MEASURE_HEADS = new Set(['index', 'average', 'composite', 'indices', 'benchmark']);

/** "Jonny Price", "Ludwig van Beethoven": particles inside personal names. */
export const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'dos', 'das', 'y', 'st', 'mac']);

/** Upper-case words that are measures, jargon or time zones, not organisations. */
export const NOT_ENTITY_ACRONYMS = new Set([
  'GDP', 'GNP', 'GVA', 'CPI', 'RPI', 'PPI', 'PMI', 'EBITDA', 'EBIT', 'EPS', 'IPO', 'ETF', 'ETFS', 'CEO', 'CFO', 'COO', 'CTO',
  'CIO', 'VAT', 'GMT', 'BST', 'CET', 'CEST', 'EET', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'UTC', 'ET', 'PT',
  'CT', 'AM', 'PM', 'TV', 'PC', 'AI', 'AGI', 'LLM', 'HIV', 'AIDS', 'DNA', 'RNA', 'COVID', 'SARS', 'MRI', 'ICU', 'UV', 'LED',
  'LCD', 'GPS', 'USB', 'PDF', 'URL', 'FAQ', 'ID', 'PIN', 'ATM', 'SUV', 'EV', 'EVS', 'CO', 'PPE', 'GCSE', 'GCSES', 'NGO',
  'NGOS', 'FY', 'YOY', 'QOQ', 'AGM', 'EGM', 'R&D', 'M&A', 'P&L', 'ROI', 'ESG', 'API', 'TEU', 'TEUS', 'BPD', 'MPH', 'KM',
  'KG', 'MW', 'GW', 'KWH', 'MWH', 'GWH', 'LNG', 'LPG', 'OK', 'PS', 'NB', 'FAQS', 'CEOS', 'MPS', 'MEPS', 'VIP', 'DIY', 'PR',
  'HR', 'IT', 'QC', 'KC', 'OBE', 'MBE', 'CBE', 'PHD', 'MBA', 'BA', 'MA', 'BSC', 'MSC', 'RSVP', 'ASAP', 'FYI', 'AKA', 'ETA',
  'TBC', 'TBA', 'N/A', 'NA', 'USD', 'GBP', 'EUR', 'OTC', 'NAV', 'APR', 'ISA', 'ISAS', 'SME', 'SMES', 'B2B', 'SAAS', 'IOT',
  'VR', 'AR', 'XR', 'SEO', 'CCTV', 'DVD', 'CD', 'MP3', 'SMS', 'PE', 'VC', 'LBO', 'ICE', 'ALL', 'NEW', 'UPDATE', 'WATCH',
  'BREAKING', 'EXCLUSIVE', 'LIVE', 'VIDEO', 'PHOTOS', 'OPINION', 'ANALYSIS', 'DOB', 'RIP', 'LOL', 'OMG', 'TBH', 'PSA', 'MOU',
  'NDA', 'Q&A', 'R&B', 'FDI', 'CAGR', 'PPP', 'BMI', 'IQ', 'ADHD', 'PTSD', 'OCD', 'COPD', 'IVF', 'GP', 'GPS', 'A&E', 'ICT', 'STEM',
]);

/** Widely used acronyms of international bodies and agencies, with the name they stand for. */
export const KNOWN_ACRONYMS: Readonly<Record<string, string>> = table({
  EU: 'European Union', UN: 'United Nations', NATO: 'North Atlantic Treaty Organization', WHO: 'World Health Organization',
  IMF: 'International Monetary Fund', WTO: 'World Trade Organization', OECD: 'Organisation for Economic Co-operation and Development',
  OPEC: 'Organization of the Petroleum Exporting Countries', UNICEF: "United Nations Children's Fund", UNESCO:
  'United Nations Educational, Scientific and Cultural Organization', UNHCR: 'United Nations High Commissioner for Refugees',
  ECB: 'European Central Bank', IAEA: 'International Atomic Energy Agency', ASEAN: 'Association of Southeast Asian Nations',
  FIFA: 'Fédération Internationale de Football Association', UEFA: 'Union of European Football Associations',
  IOC: 'International Olympic Committee', FBI: 'Federal Bureau of Investigation', CIA: 'Central Intelligence Agency',
  NASA: 'National Aeronautics and Space Administration', FDA: 'Food and Drug Administration', NHS: 'National Health Service',
  ICC: 'International Criminal Court', ICJ: 'International Court of Justice', OSCE: 'Organization for Security and Co-operation in Europe',
});

/** Wire services and broadcasters usually named by a short word or initials. */
export const NEWS_AGENCIES = new Set(['reuters', 'bloomberg', 'ap', 'afp', 'associated press', 'upi', 'dpa', 'xinhua', 'tass', 'bbc', 'cnn', 'cnbc', 'npr', 'pa', 'efe', 'ansa', 'kyodo', 'yonhap', 'interfax']);

/** Capitalised words that are never names on their own. */
export const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'this', 'that', 'these', 'those',
  'the', 'a', 'an', 'key', 'summary', 'insights', 'sources', 'search', 'subscribe', 'related', 'share', 'next', 'previous',
  'update', 'updated', 'breaking', 'exclusive', 'analysis', 'however', 'meanwhile', 'yet', 'still', 'also', 'but', 'and',
  'or', 'if', 'when', 'while', 'as', 'for', 'ai', 'our', 'my', 'his', 'her', 'their', 'its', 'your', 'mon', 'tue', 'wed',
  'thu', 'fri', 'sat', 'sun', 'today', 'yesterday', 'tomorrow', 'christmas', 'easter', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
  'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which', 'in', 'on', 'at', 'of', 'to', 'by', 'with', 'from', 'after',
  'before', 'so', 'not', 'no', 'yes', 'all', 'more', 'most', 'some', 'many', 'other', 'such', 'than', 'then', 'now',
]);

/** Sentence-opening words that qualify what follows rather than name anything ("Former Arsenal striker…"). */
export const OPENING_QUALIFIERS = new Set([
  'former', 'late', 'early', 'many', 'some', 'most', 'several', 'both', 'all', 'each', 'every', 'few', 'other', 'another',
  'new', 'old', 'young', 'senior', 'junior', 'top', 'recent', 'last', 'next', 'first', 'second', 'third', 'fellow', 'rival',
  'veteran', 'embattled', 'beleaguered', 'troubled', 'struggling', 'dear', 'local', 'global',
]);
