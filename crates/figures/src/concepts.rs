//! What counted nouns are about, so that figures of different outlets can
//! be compared: classes of counted nouns ("fighters", "mercenaries",
//! "combatants", "jihadists", "Islamists", "rebels" are all fighters), the
//! nationality of what is counted ("Syrian combatants", "Syrians", "from
//! northern Syria"), and the event a figure is about (killed, injured,
//! shot, sent somewhere).
//!
//! Class tables cover English, French, German and Spanish; nationalities
//! are English only (country, adjective and people noun).

use std::sync::LazyLock;

use chorus_model::hash::{term_hash, TermMap};

/// A class of counted nouns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Class {
    /// Fighters, mercenaries, combatants, militants, jihadists, rebels…
    Fighters,
    /// Troops, soldiers, servicemen.
    Troops,
    /// People, persons, victims, the dead.
    People,
    /// Civilians.
    Civilians,
    /// Children.
    Children,
    /// Women.
    Women,
    /// Refugees, migrants, displaced people.
    Refugees,
    /// Inhabitants, residents, citizens.
    Population,
    /// Prisoners, detainees, hostages.
    Detainees,
}

impl Class {
    /// The noun that names the class in a description.
    pub fn display(self) -> &'static str {
        match self {
            Class::Fighters => "fighters",
            Class::Troops => "troops",
            Class::People => "people",
            Class::Civilians => "civilians",
            Class::Children => "children",
            Class::Women => "women",
            Class::Refugees => "refugees",
            Class::Population => "inhabitants",
            Class::Detainees => "detainees",
        }
    }
}

/// What happened to what a figure counts, as the words near it say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Event {
    /// Nothing said, or something else.
    Other,
    /// Killed, dead, died.
    Killed,
    /// Injured, wounded.
    Injured,
    /// Shot, wounded or killed, unknown which: "five people were shot".
    /// A count of people shot is no count of the killed or the injured.
    Shot,
}

/// A counted noun's class, and the event the noun itself says ("victims",
/// "the dead" are killed; "the wounded" injured).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NounClass {
    /// The class.
    pub class: Class,
    /// The event the noun implies.
    pub event: Event,
}

const CLASSES: &[(Class, Event, &str)] = &[
    (
        Class::Fighters,
        Event::Other,
        "fighter combatant mercenary militant jihadist jihadi islamist rebel insurgent proxy \
         terrorist extremist gunman gunmen separatist militiaman militiamen militia guerrilla \
         guerilla paramilitary recruit combattant mercenaire djihadiste jihadiste islamiste \
         rebelle insurgé terroriste séparatiste milicien kämpfer söldner dschihadist \
         dschihadisten islamisten rebell rebellen aufständische aufständischen terroristen \
         separatisten milizionär milizionäre extremisten combatiente mercenario yihadista \
         rebelde insurgente miliciano separatista guerrillero",
    ),
    (
        Class::Troops,
        Event::Other,
        "troop soldier serviceman servicemen servicemember marine sailor personnel paratrooper \
         commando soldat militaire troupe soldaten truppe truppen soldado tropa",
    ),
    (
        Class::People,
        Event::Other,
        "people person peoples individual man men persona gens homme mensch menschen \
         personen hombre",
    ),
    (
        Class::People,
        Event::Killed,
        "victim dead death body bodies fatality life lives casualty casualties victime mort \
         tué opfer tote toten víctima muerto fallecido",
    ),
    (
        Class::People,
        Event::Injured,
        "wounded injured blessé verletzte verletzten herido",
    ),
    (
        Class::Civilians,
        Event::Other,
        "civilian civil civils zivilist zivilisten civiles",
    ),
    (
        Class::Children,
        Event::Other,
        "child children kid minor boy girl infant baby enfant kind kinder niño menor",
    ),
    (
        Class::Women,
        Event::Other,
        "woman women femme frau frauen mujer mujeres",
    ),
    (
        Class::Refugees,
        Event::Other,
        "refugee migrant displaced réfugié déplacé flüchtling flüchtlinge migranten refugiado \
         migrante desplazado",
    ),
    (
        Class::Population,
        Event::Other,
        "inhabitant resident citizen habitant einwohner bewohner habitante residente",
    ),
    (
        Class::Detainees,
        Event::Other,
        "prisoner detainee hostage captive prisonnier otage détenu gefangene geisel geiseln \
         häftling prisionero rehén rehenes detenido",
    ),
];

/// A country with its adjective and the nouns for its people.
const NATIONS: &[(&str, &str)] = &[
    ("Syrian", "syria syrian syrians"),
    ("Libyan", "libya libyan libyans"),
    ("Armenian", "armenia armenian armenians"),
    ("Azerbaijani", "azerbaijan azerbaijani azerbaijanis azeri azeris"),
    ("Turkish", "turkey türkiye turkish turks"),
    ("Russian", "russia russian russians"),
    ("French", "france french frenchmen"),
    ("Iranian", "iran iranian iranians"),
    ("Iraqi", "iraq iraqi iraqis"),
    ("Afghan", "afghanistan afghan afghans"),
    ("Pakistani", "pakistan pakistani pakistanis"),
    ("Israeli", "israel israeli israelis"),
    ("Palestinian", "palestine palestinian palestinians gaza"),
    ("Lebanese", "lebanon lebanese"),
    ("Jordanian", "jordan jordanian jordanians"),
    ("Egyptian", "egypt egyptian egyptians"),
    ("Saudi", "saudi saudis"),
    ("Yemeni", "yemen yemeni yemenis"),
    ("Sudanese", "sudan sudanese"),
    ("Somali", "somalia somali somalis"),
    ("Ukrainian", "ukraine ukrainian ukrainians"),
    ("Georgian", "georgia georgian georgians"),
    ("Belarusian", "belarus belarusian belarusians"),
    ("Polish", "poland polish poles"),
    ("German", "germany german germans"),
    ("British", "britain uk british britons"),
    ("American", "america usa u.s. american americans"),
    ("Chinese", "china chinese"),
    ("Indian", "india indian indians"),
    ("Japanese", "japan japanese"),
    ("Korean", "korea korean koreans"),
    ("Mexican", "mexico mexican mexicans"),
    ("Venezuelan", "venezuela venezuelan venezuelans"),
    ("Colombian", "colombia colombian colombians"),
    ("Nigerian", "nigeria nigerian nigerians"),
    ("Ethiopian", "ethiopia ethiopian ethiopians"),
    ("Eritrean", "eritrea eritrean eritreans"),
    ("Malian", "mali malian malians"),
    ("Kurdish", "kurdistan kurdish kurd kurds"),
    ("Chechen", "chechnya chechen chechens"),
    ("Tunisian", "tunisia tunisian tunisians"),
    ("Algerian", "algeria algerian algerians"),
    ("Moroccan", "morocco moroccan moroccans"),
    ("Qatari", "qatar qatari qataris"),
    ("Emirati", "uae emirati emiratis"),
    ("Greek", "greece greek greeks"),
    ("Cypriot", "cyprus cypriot cypriots"),
    ("Italian", "italy italian italians"),
    ("Spanish", "spain spanish spaniards"),
    ("Canadian", "canada canadian canadians"),
    ("Australian", "australia australian australians"),
    ("Brazilian", "brazil brazilian brazilians"),
    ("Serbian", "serbia serbian serb serbs"),
    ("Bosnian", "bosnia bosnian bosnians"),
    ("Uzbek", "uzbekistan uzbek uzbeks"),
    ("Kazakh", "kazakhstan kazakh kazakhs"),
    ("Tajik", "tajikistan tajik tajiks"),
    ("Uyghur", "uyghur uyghurs uighur uighurs xinjiang"),
    ("Rohingya", "rohingya"),
];

/// Words that say people were killed.
const KILLED: &str = "killed kill kills killing dead died die dies dying death deaths lives \
                      toll fatalities bodies slain massacred executed perished murdered \
                      tués tué morts mort décès getötet tot tote toten starben muertos \
                      murieron fallecidos asesinados";

/// Words that say people were injured.
const INJURED: &str = "injured wounded injuring injuries hurt blessés blessé verletzt \
                       verletzte verletzten heridos herido";

/// Words that say people were shot, wounded or killed ("gunned down").
/// With a word that says which, the event is that word's (see
/// `group::event_at`: "shot dead", "shot and wounded").
const SHOT: &str = "shot gunned";

/// Words that say people were sent somewhere.
const MOVED: &str = "sent send sending sends deployed deploying deploy deployment transferred \
                     transfer transferring moved moving transported transport transporting \
                     transited passed dispatched dispatch recruited flown shipped relocated \
                     brought arrived arriving envoyés envoyé déployés transférés entsandt \
                     geschickt verlegt enviados desplegados";

/// Words that say a count was corrected: one sentence that gives two
/// values of a count with one of them ("initially said three …, then four")
/// gives its earlier and later value.
const REVISED: &str = "initially originally revised revising revises corrected correcting corrects \
                       updated updating amended upgraded downgraded initialement rectifié zunächst \
                       korrigiert inicialmente corrigió";

/// What a word says, for the story-level comparison.
#[derive(Debug, Clone, Copy, Default)]
struct Meaning {
    noun: Option<NounClass>,
    /// Index into [`NATIONS`].
    nation: Option<usize>,
    /// The word is a noun for a people ("Syrians").
    people_noun: bool,
    event: Option<Event>,
    moved: bool,
    revised: bool,
}

static MEANINGS: LazyLock<TermMap<(&'static str, Meaning)>> = LazyLock::new(|| {
    let mut map: TermMap<(&'static str, Meaning)> = TermMap::default();
    fn entry<'m>(map: &'m mut TermMap<(&'static str, Meaning)>, word: &'static str) -> &'m mut Meaning {
        &mut map.entry(term_hash(word)).or_insert((word, Meaning::default())).1
    }
    for &(class, event, words) in CLASSES {
        for word in words.split_whitespace() {
            entry(&mut map, word).noun = Some(NounClass { class, event });
        }
    }
    for (index, (adjective, words)) in NATIONS.iter().enumerate() {
        for word in words.split_whitespace() {
            let meaning = entry(&mut map, word);
            meaning.nation.get_or_insert(index);
            // A people noun is a plural that is not the country or the
            // adjective ("Syrians", "Turks", "Lebanese" as a noun).
            let adjective_lower = adjective.to_lowercase();
            if word.ends_with('s') && word != adjective_lower && !word.ends_with("ss") {
                meaning.people_noun = true;
            }
        }
    }
    for word in KILLED.split_whitespace() {
        entry(&mut map, word).event = Some(Event::Killed);
    }
    for word in INJURED.split_whitespace() {
        entry(&mut map, word).event = Some(Event::Injured);
    }
    for word in SHOT.split_whitespace() {
        entry(&mut map, word).event = Some(Event::Shot);
    }
    for word in MOVED.split_whitespace() {
        entry(&mut map, word).moved = true;
    }
    for word in REVISED.split_whitespace() {
        entry(&mut map, word).revised = true;
    }
    map
});

fn meaning(word: &str) -> Option<Meaning> {
    match MEANINGS.get(&term_hash(word)) {
        Some((key, meaning)) if *key == word => Some(*meaning),
        _ => None,
    }
}

/// The singular forms to try for a lower-cased plural noun.
fn singulars(word: &str) -> [Option<String>; 3] {
    [
        word.strip_suffix("ies").map(|stem| format!("{stem}y")),
        word.strip_suffix('s')
            .filter(|stem| !stem.ends_with('s'))
            .map(str::to_string),
        word.strip_suffix("es").map(str::to_string),
    ]
}

/// The class of a lower-cased counted noun, if it has one. A noun for a
/// people ("Syrians") is people of that nation.
pub(crate) fn class_of(word: &str) -> Option<NounClass> {
    if let Some(noun) = meaning(word).and_then(|m| m.noun) {
        return Some(noun);
    }
    if nation_noun(word).is_some() {
        return Some(NounClass {
            class: Class::People,
            event: Event::Other,
        });
    }
    singulars(word)
        .into_iter()
        .flatten()
        .find_map(|singular| meaning(&singular).and_then(|m| m.noun))
}

/// The nation a lower-cased word names (a country, an adjective or a
/// people noun), as an index.
pub(crate) fn nation_of(word: &str) -> Option<usize> {
    meaning(word).and_then(|m| m.nation)
}

/// The nation of a people noun ("Syrians", "Turks").
pub(crate) fn nation_noun(word: &str) -> Option<usize> {
    meaning(word).filter(|m| m.people_noun).and_then(|m| m.nation)
}

/// The adjective of a nation ("Syrian").
pub(crate) fn nation_adjective(nation: usize) -> &'static str {
    NATIONS.get(nation).map_or("", |(adjective, _)| adjective)
}

/// The event a lower-cased word says, if any.
pub(crate) fn event_of(word: &str) -> Option<Event> {
    meaning(word).and_then(|m| m.event)
}

/// Whether a lower-cased word says that someone was sent somewhere.
pub(crate) fn is_movement(word: &str) -> bool {
    meaning(word).is_some_and(|m| m.moved)
}

/// Whether a lower-cased word says that a count was corrected.
pub(crate) fn is_revision(word: &str) -> bool {
    meaning(word).is_some_and(|m| m.revised)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_classes_and_nations() {
        let fighters = |w: &str| class_of(w).map(|n| n.class);
        assert_eq!(fighters("mercenaries"), Some(Class::Fighters));
        assert_eq!(fighters("combatants"), Some(Class::Fighters));
        assert_eq!(fighters("proxies"), Some(Class::Fighters));
        assert_eq!(fighters("islamists"), Some(Class::Fighters));
        assert_eq!(fighters("syrians"), Some(Class::People));
        assert_eq!(fighters("trips"), None);
        assert_eq!(class_of("victims").map(|n| n.event), Some(Event::Killed));
        assert_eq!(nation_of("syria"), nation_of("syrian"));
        assert_eq!(nation_noun("syrians"), nation_of("syria"));
        assert_eq!(nation_noun("syrian"), None);
        assert_eq!(nation_adjective(nation_of("turks").unwrap_or(0)), "Turkish");
        assert_eq!(event_of("killed"), Some(Event::Killed));
        assert_eq!(event_of("shot"), Some(Event::Shot));
        assert!(is_movement("sent"));
        assert!(is_revision("initially"));
        assert!(!is_revision("later"));
    }
}
