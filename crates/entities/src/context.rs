//! Context words: the lower-case words around a capitalized name that say
//! what it names ("spokesman X", "X said", "X news agency", "in X",
//! "X district"), the small words that may sit inside a name ("of",
//! "de", "bin"), and capitalized words that are never names on their own
//! (weekdays, months).

/// Words after which a name is a person ("spokesman Dmitry Peskov",
/// "journalist Hussein Akoush"). Lower-cased title heads count too.
pub(crate) const PERSON_BEFORE: &str = "\
spokesman spokeswoman spokesperson journalist analyst reporter correspondent editor columnist
leader official officials commander suspect victim gunman shooter resident neighbor neighbour
witness lawyer attorney prosecutor judge defendant son daughter wife husband mother father
brother sister uncle aunt cousin nephew niece grandson granddaughter grandmother grandfather
boyfriend girlfriend friend student teacher principal coach actor actress singer rapper author
writer professor researcher scientist economist expert director chairman founder executive
envoy diplomat activist cleric priest pastor manager owner player named dubbed identified
councilman councilwoman lawmaker senator congressman congresswoman governor mayor sheriff
officer deputy detective sergeant trooper agent president minister premier chancellor
secretary ambassador candidate rival colleague opponent counterpart blogger photographer
mr mrs ms dr
";

/// Whether a lexicon key is a word for a relative ("husband", "son"): a
/// name in apposition after one is someone's relative.
pub(crate) fn is_kin(key: &str) -> bool {
    matches!(
        key,
        "husband"
            | "wife"
            | "son"
            | "daughter"
            | "mother"
            | "father"
            | "brother"
            | "sister"
            | "uncle"
            | "aunt"
            | "cousin"
            | "nephew"
            | "niece"
            | "grandson"
            | "granddaughter"
            | "grandmother"
            | "grandfather"
            | "boyfriend"
            | "girlfriend"
            | "fiance"
            | "fiancee"
            | "stepson"
            | "stepdaughter"
            | "stepfather"
            | "stepmother"
            | "spouse"
            | "partner"
    )
}

/// Verbs of speech: a capitalized name right before or after one is a
/// speaker, which is a person unless something else says otherwise.
pub(crate) const SPEECH_VERBS: &str = "\
said says told tells spoke speaks added adds stated explained argued insisted noted wrote tweeted asked
replied warned claimed denied confirmed announced urged stressed recalled acknowledged
admitted testified continued recounted explains argues insists notes writes asks replies
warns claims denies confirms urges stresses
";

/// Words before a name that make it an organization ("the daily
/// Kommersant", "the group Hamas").
pub(crate) const ORGANIZATION_BEFORE: &str = "\
newspaper daily weekly agency broadcaster channel network website magazine outlet militia
organization organisation charity movement brand retailer firm company startup
";

/// Words after a name that make it an organization ("Reuters news agency",
/// "Fidesz party").
pub(crate) const ORGANIZATION_AFTER: &str = "\
agency newspaper daily party company group militia movement network channel broadcaster
corporation firm bank university college school hospital church ministry council
";

/// Words before a name that make it a place, weakly ("in Gaziantep",
/// "from Al-Atarib").
pub(crate) const PLACE_BEFORE: &str = "\
in from near outside across via towards toward throughout inside into
";

/// Words after a name that make it a place ("Beylagan district",
/// "Huntsville police").
pub(crate) const PLACE_AFTER: &str = "\
district province region city town village county state area neighborhood neighbourhood
suburb capital border residents police airport oblast governorate municipality
";

/// Capitalized words that name a place when they end a phrase ("Madison
/// County", "Hollow Road", "Rebecca Dr."), and introduce one before "of"
/// ("Republic of Korea", "Gulf of Mexico").
pub(crate) const PLACE_CUES: &str = "\
County City Province Region District Street St. Avenue Ave. Road Rd. Boulevard Blvd. Drive Dr.
Lane Highway Park Island Islands Mountains Mountain River Lake Bay Valley Beach Heights Township
Village Square Strait Gulf Sea Ocean Peninsula Desert Canyon Coast Hills Falls Springs Creek
Harbor Harbour Republic Kingdom Oblast Governorate Prefecture Parish Borough Parkway Pkwy. Freeway
Expressway Turnpike Route Interstate Hwy.
";

/// Small words allowed inside a name of any kind, between capitalized
/// words ("Charles de Gaulle", "Osama bin Laden").
pub(crate) const PARTICLES: &str = "\
de del della der den di da dos das du van von ter ten bin ibn al el la le y
";

/// Small words allowed inside the name of an organization or a place
/// ("Ministry of Defense", "Organization for Security and Cooperation in
/// Europe"), or inside a title ("Secretary of State").
pub(crate) const CONNECTORS: &str = "of for and on in the &";

/// Last parts of hyphenated words after a place or organization:
/// "Britain-based", "Turkey-backed".
pub(crate) const HYPHEN_SUFFIXES: &str = "\
based backed led born bound controlled held run funded made owned allied majority occupied
speaking linked aligned supported sponsored affiliated headquartered
";

/// Words that open sentences before a name ("Two Minneapolis squad cars",
/// "Call Houston police", "Reach Ana Ruiz at 555-0100", "Multiple Tampa
/// police units") or on their own
/// ("Witnesses said", "Doctors at …") and are no part of a name when
/// capitalized only by position; elsewhere they may be ("Seven Mile Road",
/// "Four Corners").
pub(crate) const OPENERS: &str = "\
One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Dozens Hundreds Thousands Multiple Numerous
Call Contact Reach Email Watch Visit Follow Join Initial Additional Witnesses Neighbors Neighbours Detectives Doctors
Officials Authorities Investigators Residents Relatives Friends Family Parents Victims Troopers Agents
";

/// The days of the week: no names, and never part of one.
pub(crate) const WEEKDAYS: &str = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday";

/// Capitalized words that are not names on their own: months,
/// religions, page furniture, things written in capitals ("the SUV", "in
/// the ICU"), and words that open sentences before a name
/// ("Unlike Macron", "Later Abdullah").
pub(crate) const NOT_NAMES: &str = "\
Unlike Like Meanwhile Yesterday Today Tonight Tomorrow Earlier Later Also However Still Instead
Although Though Despite According Asked Including Following After Before Since Under Amid
Besides Nonetheless Nevertheless Moreover Furthermore Overnight Recently Eventually Finally
Initially Apparently Officially Separately Ultimately Perhaps Maybe Both Neither Either Several
Many Most Dear Thanks Please Last Next Every Each Unless Until Whether While Without Within
Whereas Once Now Then Thus Hence Indeed Even Just Only Already Again Soon Here There Metro

January February March April May
June July August September October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep.
Sept. Oct. Nov. Dec. Christmas Easter Ramadan Islamist Islamists Jihadist Jihadists Muslim
Muslims Christian Christians Jewish Jews Sunni Shia Shiite Catholic Protestant Orthodox
Western Eastern Northern Southern Internet COVID COVID-19 Covid Coronavirus God Read Photo
Photos Video Videos Related Share Advertisement Click Subscribe Comments Reply Source Updated Enlarge
SUV SUVs ATV ATVs ICU
";
