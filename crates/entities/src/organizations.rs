//! Organizations: well-known ones by name (international bodies, state
//! institutions, news agencies and outlets, armed groups, companies), and
//! the cue words that make a capitalized phrase an organization ("Ministry",
//! "Council", "Party", "News"…).
//!
//! Cue words marked as state institutions ("Ministry", "Army", "Police")
//! give an organization named by a demonym or a country its country: "the
//! Russian Foreign Ministry" belongs to Russia, while "the Syrian
//! Observatory for Human Rights" (an "Observatory") is only named after
//! Syria.

/// Organizations known by name, one a line: `name|other names|country`.
/// Other names in capitals are acronyms and match only text in capitals.
const KNOWN: &str = "\
United Nations|UN;U.N.|
North Atlantic Treaty Organization|NATO;Nato|
European Union|EU;E.U.|
European Commission||
European Parliament||
Council of Europe||
Organization for Security and Co-operation in Europe|Organization for Security and Cooperation in Europe;Organisation for Security and Co-operation in Europe;Organisation for Security and Cooperation in Europe;OSCE|
African Union||
Arab League|League of Arab States|
Association of Southeast Asian Nations|ASEAN|
Collective Security Treaty Organization|CSTO|
Shanghai Cooperation Organization|SCO|
World Health Organization|WHO|
International Monetary Fund|IMF|
World Bank||
World Trade Organization|WTO|
International Criminal Court|ICC|
International Court of Justice|ICJ|
International Atomic Energy Agency|IAEA|
International Committee of the Red Cross|ICRC;Red Cross|
Red Crescent||
Amnesty International|Amnesty|
Human Rights Watch|HRW|
Doctors Without Borders|Medecins Sans Frontieres;MSF|
International Crisis Group|Crisis Group|
Syrian Observatory for Human Rights|SOHR|
Interpol||
OPEC||
Kremlin||Russia
Pentagon||United States
White House||United States
State Department||United States
Congress||United States
Federal Bureau of Investigation|FBI|United States
Central Intelligence Agency|CIA|United States
National Security Agency|NSA|United States
Department of Homeland Security|DHS|United States
ATF|Bureau of Alcohol, Tobacco, Firearms and Explosives|United States
Drug Enforcement Administration|DEA|United States
Centers for Disease Control and Prevention|CDC|United States
Secret Service||United States
National Guard||United States
NASA|Nasa|United States
Elysee|Elysee Palace|France
Downing Street||United Kingdom
FSB||Russia
GRU||Russia
KGB||
Mossad||Israel
National Rifle Association|NRA|
Hamas||
Hezbollah|Hizbollah;Hizballah|
Taliban||
Islamic State|ISIS;ISIL;Daesh|
Al-Qaeda|Al Qaeda;Al-Qaida;Al Qaida|
Al-Shabaab|Al-Shabab;Al Shabaab|
Boko Haram||
Houthis|Houthi|
Hayat Tahrir al-Sham|HTS|
Free Syrian Army|FSA|
Syrian National Army|SNA|
Syrian Democratic Forces|SDF|
Kurdistan Workers' Party|PKK|
YPG||
Muslim Brotherhood||
Wagner Group||
Reuters||
Associated Press|AP|
Agence France-Presse|AFP;Agence France Presse|
TASS|Tass;ITAR-TASS|
RIA Novosti||
Interfax||
Sputnik||
RT|Russia Today|
Xinhua||
Anadolu Agency|Anadolu|
IRNA||
Armenpress||
BBC|British Broadcasting Corporation|
CNN||
Fox News||
NBC|NBC News|
CBS|CBS News|
ABC News||
NPR||
PBS||
MSNBC||
Bloomberg||
Al Jazeera|Al-Jazeera;Aljazeera|
Al Arabiya||
Sky News||
Euronews||
Deutsche Welle||
Radio Free Europe|Radio Liberty;RFE/RL|
New York Times|NYT|
Washington Post||
Wall Street Journal|WSJ|
USA Today||
Los Angeles Times||
Chicago Tribune||
Financial Times||
The Guardian|Guardian|
Daily Mail||
The Telegraph|Telegraph|
The Economist|Economist|
Le Monde||
Le Figaro||
Der Spiegel|Spiegel|
Haaretz||
Asbarez||
Hurriyet||
Kommersant||
Izvestia||
Facebook||
Twitter||
Google||
Apple||
Microsoft||
Instagram||
YouTube||
WhatsApp||
Telegram||
TikTok||
Walmart||
Gazprom||Russia
Rosneft||Russia
Boeing||
Airbus||
Tesla||
Toyota||
Volkswagen||
Uber||
Democratic Party||United States
Republican Party|GOP|United States
Labour Party||United Kingdom
Conservative Party||
Planned Parenthood||
Black Lives Matter|BLM|
Everytown for Gun Safety|Everytown|
Moms Demand Action||
Brady Campaign||
Harvard|Harvard University|
Yale|Yale University|
Stanford|Stanford University|
Virginia Tech||
";

/// Words that make a capitalized phrase an organization. A `*` marks a
/// state institution.
const CUES: &str = "\
Academy Administration* Agency* AME Baptist Episcopal Methodist Airlines Airways Alliance Army* Assembly* Association
Authority* Bank Battalion Board Brigade Brigades Bureau* Cabinet* Campaign Caucus
Center Centre Church Clinic Club Coalition College Command* Commission* Committee*
Company Congress* Consulate* Corps* Departments* Corp. Corporation Council* Court* Department* Dept.*
Directorate* Division Elementary Embassy* Federation Force* Forces* Foundation Front
Fund Gazette Government* Group Guard* Guards* Health Herald Holdings Hospital Inc. Industries
Institute Intelligence* International Journal League Legion Library LLC Ltd. Media Military*
Militia Ministry* Movement Navy* Network News Observatory Office* Organisation
Organization Parliament* Party Patrol* Police* Post Presidency* Press Radio Regiment Rescue*
School Schools Secretariat* Senate* Service* Services* Society Squad* Team Television Times Tribune
Union Unit* University Hospitals Watch
";

/// One organization known by name.
#[derive(Debug, Clone)]
pub(crate) struct KnownOrganization {
    /// Canonical name.
    pub name: &'static str,
    /// The country it belongs to, by name, if it is a state institution.
    pub country: Option<&'static str>,
}

/// The known organizations. Calls `name` once per name (canonical names
/// included) with the index of the organization it refers to.
pub(crate) fn load(mut name: impl FnMut(&'static str, u16)) -> Vec<KnownOrganization> {
    let mut known = Vec::new();
    for line in KNOWN.lines() {
        let mut fields = line.split('|');
        let (Some(canonical), aliases, country) = (fields.next(), fields.next(), fields.next()) else {
            continue;
        };
        let Ok(index) = u16::try_from(known.len()) else {
            break;
        };
        known.push(KnownOrganization {
            name: canonical,
            country: country.filter(|c| !c.is_empty()),
        });
        name(canonical, index);
        for alias in aliases.unwrap_or("").split(';').filter(|a| !a.is_empty()) {
            name(alias, index);
        }
    }
    known
}

/// The cue words, each with whether it marks a state institution.
pub(crate) fn cues() -> impl Iterator<Item = (&'static str, bool)> {
    CUES.split_whitespace().map(|word| match word.strip_suffix('*') {
        Some(word) => (word, true),
        None => (word, false),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        let mut names = 0;
        let known = load(|_, _| names += 1);
        assert!(known.len() > 100);
        assert!(names > known.len());
        assert!(cues().any(|(cue, state)| cue == "Ministry" && state));
        assert!(cues().any(|(cue, state)| cue == "Party" && !state));
    }
}
