//! Places: countries with their other names and adjectives, their capitals
//! and major cities, and regions, written for chorus as compact tables that
//! the [lexicon](crate::lexicon) reads once.
//!
//! A country's adjectives and demonyms ("Russian", "Azeri") are not place
//! mentions: "Russian" in "the Russian Foreign Ministry" names no place, but
//! it says whose ministry it is. They are kept apart for that.
//!
//! Names written in capitals in the tables ("US", "UAE") are acronyms and
//! match only text in capitals, so that "us" is never the United States.

/// One place the gazetteer knows.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    /// Canonical English name.
    pub name: &'static str,
    /// The country it lies in, as an index into the places; `None` for a
    /// country itself and for places no single country holds.
    pub country: Option<u16>,
    /// Whether it is a country.
    pub is_country: bool,
}

/// What one name in the gazetteer refers to.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Naming {
    /// The name of a place (index into the places).
    Place(u16),
    /// An adjective or demonym of a country (index into the places).
    Adjective(u16),
}

/// Countries, one a line: `name|other names|adjectives and demonyms|cities`,
/// lists separated by `;`; a city's other names follow it after `=`.
const COUNTRIES: &str = "\
Afghanistan||Afghan|Kabul;Kandahar;Herat;Mazar-i-Sharif
Albania||Albanian|Tirana
Algeria||Algerian|Algiers;Oran
Andorra||Andorran|
Angola||Angolan|Luanda
Antigua and Barbuda||Antiguan|
Argentina||Argentine;Argentinian|Buenos Aires;Cordoba;Rosario
Armenia||Armenian|Yerevan;Gyumri
Australia||Australian|Canberra;Sydney;Melbourne;Brisbane;Perth;Adelaide
Austria||Austrian|Vienna;Salzburg
Azerbaijan||Azerbaijani;Azeri|Baku;Ganja;Sumgait;Beylagan;Tartar=Terter
Bahamas|The Bahamas|Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka;Chittagong
Barbados||Barbadian|Bridgetown
Belarus|Byelorussia|Belarusian;Belarussian|Minsk
Belgium||Belgian|Brussels;Antwerp;Ghent;Liege
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo;Cotonou
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|La Paz;Sucre
Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian|Sarajevo;Srebrenica;Mostar
Botswana||Botswanan|Gaborone
Brazil||Brazilian|Brasilia;Sao Paulo;Rio de Janeiro=Rio;Salvador;Manaus
Brunei||Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian|Sofia;Plovdiv;Varna
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega;Bujumbura
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaounde;Douala
Canada||Canadian|Ottawa;Toronto;Montreal;Vancouver;Calgary;Edmonton;Quebec City;Winnipeg
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic|||Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago;Valparaiso
China|People's Republic of China;PRC;Mainland China|Chinese|Beijing=Peking;Shanghai;Wuhan;Shenzhen;Guangzhou;Chongqing;Tianjin;Chengdu;Nanjing;Urumqi;Lhasa
Colombia||Colombian|Bogota;Medellin;Cali;Cartagena
Comoros||Comorian|Moroni
Costa Rica||Costa Rican|
Croatia||Croatian;Croat|Zagreb;Dubrovnik
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia;Limassol;Larnaca
Czech Republic|Czechia|Czech|Prague;Brno
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Zaire|Congolese|Kinshasa;Goma;Lubumbashi
Denmark||Danish;Dane|Copenhagen
Djibouti||Djiboutian|
Dominica|||Roseau
Dominican Republic||Dominican|Santo Domingo
Ecuador||Ecuadorian|Quito;Guayaquil
Egypt||Egyptian|Cairo;Alexandria;Giza;Luxor;Port Said;Sharm el-Sheikh
El Salvador||Salvadoran|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn;Tartu
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian|Addis Ababa;Mekelle
Fiji||Fijian|Suva
Finland||Finnish;Finn|Helsinki
France||French|Paris;Marseille=Marseilles;Lyon;Toulouse;Nantes;Strasbourg;Bordeaux;Lille
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian|Tbilisi;Batumi;Sukhumi;Tskhinvali
Germany||German|Berlin;Munich;Hamburg;Frankfurt;Cologne;Stuttgart;Dusseldorf;Dresden;Leipzig;Bonn
Ghana||Ghanaian|Accra;Kumasi
Greece||Greek|Athens;Thessaloniki;Piraeus
Grenada||Grenadian|
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau|||Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa;San Pedro Sula
Hungary||Hungarian|Budapest
Iceland||Icelandic;Icelander|Reykjavik
India||Indian|New Delhi=Delhi;Mumbai=Bombay;Kolkata=Calcutta;Chennai=Madras;Bangalore=Bengaluru;Hyderabad;Ahmedabad;Srinagar
Indonesia||Indonesian|Jakarta;Surabaya;Bali
Iran|Islamic Republic of Iran;Persia|Iranian;Persian|Tehran=Teheran;Tabriz;Isfahan;Mashhad;Shiraz;Qom
Iraq||Iraqi|Baghdad;Mosul;Basra;Erbil;Kirkuk;Fallujah;Ramadi;Najaf;Karbala
Ireland|Republic of Ireland;Eire|Irish|Dublin;Cork
Israel||Israeli|Tel Aviv;Haifa;Eilat
Italy||Italian|Rome;Milan;Naples;Turin;Florence;Venice;Genoa;Bologna;Palermo
Ivory Coast|Cote d'Ivoire|Ivorian|Yamoussoukro;Abidjan
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo;Osaka;Kyoto;Yokohama;Hiroshima;Nagasaki;Fukushima
Jordan||Jordanian|Amman
Kazakhstan||Kazakh;Kazakhstani|Astana=Nur-Sultan;Almaty
Kenya||Kenyan|Nairobi;Mombasa
Kiribati|||Tarawa
Kosovo||Kosovar;Kosovan|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan|Kyrgyzia|Kyrgyz|Bishkek;Osh
Laos||Lao;Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut;Tripoli;Sidon;Tyre
Lesotho|||Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli;Benghazi;Misrata;Sirte
Liechtenstein||Liechtensteiner|Vaduz
Lithuania||Lithuanian|Vilnius;Kaunas
Luxembourg||Luxembourgish;Luxembourger|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe;Blantyre
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|
Mali||Malian|Bamako;Timbuktu;Gao
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mexico||Mexican|Mexico City;Guadalajara;Monterrey;Tijuana;Ciudad Juarez;Cancun;Acapulco
Micronesia||Micronesian|
Moldova||Moldovan|Chisinau;Tiraspol
Monaco||Monegasque|
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat;Casablanca;Marrakesh=Marrakech;Tangier;Fez
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw;Yangon=Rangoon;Mandalay
Namibia||Namibian|Windhoek
Nauru||Nauruan|
Nepal||Nepalese;Nepali|Kathmandu
Netherlands|The Netherlands;Holland|Dutch|Amsterdam;Rotterdam;The Hague=Hague;Utrecht
New Zealand||New Zealander|Wellington;Auckland;Christchurch
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja;Lagos;Kano;Maiduguri
North Korea|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo;Bergen
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad;Karachi;Lahore;Peshawar;Quetta;Rawalpindi
Palau||Palauan|
Palestine|State of Palestine;Palestinian Territories|Palestinian|Ramallah;Gaza City;Hebron;Nablus;Jenin;Rafah;Khan Younis
Panama||Panamanian|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asuncion
Peru||Peruvian|Lima;Cusco
Philippines|The Philippines|Philippine;Filipino|Manila;Quezon City;Davao;Cebu;Marawi
Poland||Polish;Pole|Warsaw;Krakow;Gdansk;Wroclaw;Lodz
Portugal||Portuguese|Lisbon;Porto
Qatar||Qatari|Doha
Romania||Romanian|Bucharest;Cluj-Napoca;Constanta
Russia|Russian Federation|Russian|Moscow;Saint Petersburg=St. Petersburg=St Petersburg;Novosibirsk;Yekaterinburg;Kazan;Sochi;Vladivostok;Grozny;Kaliningrad;Volgograd;Rostov-on-Don;Murmansk;Novo-Ogaryovo
Rwanda||Rwandan|Kigali
Saint Kitts and Nevis|St. Kitts and Nevis||Basseterre
Saint Lucia|St. Lucia|Saint Lucian|Castries
Saint Vincent and the Grenadines|St. Vincent and the Grenadines||Kingstown
Samoa||Samoan|Apia
San Marino||Sammarinese|
Sao Tome and Principe|||
Saudi Arabia|Saudi|Saudi;Saudi Arabian|Riyadh;Jeddah;Mecca;Medina
Senegal||Senegalese|Dakar
Serbia||Serbian;Serb|Belgrade;Novi Sad
Seychelles||Seychellois|
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|
Slovakia||Slovak;Slovakian|Bratislava
Slovenia||Slovenian;Slovene|Ljubljana
Solomon Islands|||Honiara
Somalia||Somali|Mogadishu;Kismayo
South Africa||South African|Pretoria;Johannesburg;Cape Town;Durban
South Korea|Republic of Korea;ROK;Korea|South Korean;Korean|Seoul;Busan;Incheon
South Sudan||South Sudanese|Juba
Spain||Spanish;Spaniard|Madrid;Barcelona;Valencia;Seville;Bilbao;Malaga
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum;Omdurman;Suriname||Surinamese|Paramaribo
Sweden||Swedish;Swede|Stockholm;Gothenburg;Malmo
Switzerland||Swiss|Bern;Geneva;Zurich;Basel;Lausanne;Davos
Syria|Syrian Arab Republic|Syrian|Damascus;Aleppo;Homs;Hama;Idlib;Raqqa;Deir ez-Zor;Latakia;Daraa;Afrin;Kobani;Manbij;Al-Atarib
Taiwan||Taiwanese|Taipei;Kaohsiung
Tajikistan||Tajik;Tajikistani|Dushanbe
Tanzania||Tanzanian|Dodoma;Dar es Salaam;Zanzibar
Thailand||Thai|Bangkok;Chiang Mai;Phuket
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lome
Tonga||Tongan|
Trinidad and Tobago|Trinidad|Trinidadian|Port of Spain
Tunisia||Tunisian|Tunis;Sfax
Turkey|Türkiye;Turkiye|Turkish;Turk|Ankara;Istanbul;Izmir;Gaziantep=Antep;Antalya;Adana;Bursa;Diyarbakir;Konya;Sanliurfa=Urfa
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan|
Uganda||Ugandan|Kampala
Ukraine|The Ukraine|Ukrainian|Kyiv=Kiev;Kharkiv=Kharkov;Odesa=Odessa;Lviv;Dnipro;Donetsk;Luhansk;Mariupol;Zaporizhzhia;Kherson;Sevastopol;Simferopol
United Arab Emirates|UAE;Emirates|Emirati|Abu Dhabi;Dubai;Sharjah
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton|London;Manchester;Birmingham;Liverpool;Leeds;Glasgow;Edinburgh;Belfast;Cardiff;Bristol;Oxford;Cambridge;Salisbury
United States|United States of America;USA;U.S.A.;US;U.S.;America|American|Washington=Washington D.C.=Washington DC;New York City=NYC=New York;Los Angeles=LA;Chicago;Houston;Phoenix;Philadelphia;San Antonio;San Diego;Dallas;San Jose;Austin;Jacksonville;Fort Worth;Columbus;Charlotte;San Francisco;Indianapolis;Seattle;Denver;Boston;El Paso;Nashville;Detroit;Oklahoma City;Portland;Las Vegas;Memphis;Louisville;Baltimore;Milwaukee;Albuquerque;Tucson;Fresno;Sacramento;Kansas City;Atlanta;Miami;Omaha;Raleigh;Cleveland;Minneapolis;St. Paul;Tulsa;New Orleans;Tampa;Pittsburgh;Cincinnati;St. Louis;Orlando;Newark;Buffalo;Honolulu;Anchorage;Salt Lake City;Richmond;Hartford;Huntsville;Baton Rouge;Charleston;Savannah;Birmingham;Montgomery;Little Rock;Des Moines;Chattanooga;Knoxville;Lexington;Toledo;Dayton;Akron;Rochester;Syracuse;Albany;Providence;Springfield;Aurora;Ferguson;Newtown;Parkland;Uvalde;Oakland;Long Beach;Santa Ana;Anaheim;Riverside;Stockton;Bakersfield;St. Petersburg;Fort Lauderdale;Brooklyn;Bronx;Queens;Manhattan;Staten Island;Harlem;Compton;Flint;Camden;Wilmington;Norfolk;Virginia Beach;Arlington;Spokane;Tacoma;Boise;Reno;Mesa;Scottsdale;Lubbock;Corpus Christi;Shreveport;Greensboro;Durham;Columbia;Lansing;Grand Rapids;Peoria;Rockford;Council Bluffs;Evanston;Waco
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent;Samarkand
Vanuatu|||Port Vila
Vatican City|Vatican;Holy See||
Venezuela||Venezuelan|Caracas;Maracaibo
Vietnam|Viet Nam|Vietnamese|Hanoi;Ho Chi Minh City=Saigon;Da Nang
Yemen||Yemeni|Sanaa;Aden;Hodeidah;Marib;Taiz
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare;Bulawayo
";

/// Regions, disputed territories, states and provinces, seas and
/// continents, one a line: `name|other names|country` (no country when
/// none holds it alone).
const REGIONS: &str = "\
Nagorno-Karabakh|Nagorno Karabakh;Nagorny Karabakh;Nagorny-Karabakh;Karabakh;Karabagh;Artsakh;Upper Karabakh|
Stepanakert|Khankendi|
Shusha|Shushi|
Nakhchivan|Nakhichevan|Azerbaijan
Crimea|Crimean Peninsula|
Donbas|Donbass|Ukraine
Abkhazia||
South Ossetia||
Transnistria||
Chechnya|Chechen Republic|Russia
Dagestan||Russia
Siberia||Russia
Kurdistan|Iraqi Kurdistan;Kurdistan Region|
Gaza|Gaza Strip|
West Bank||
Golan Heights|Golan|
Jerusalem|East Jerusalem;West Jerusalem|
Kashmir|Jammu and Kashmir|
Tibet||China
Xinjiang||China
Hong Kong||China
Macau|Macao|China
Puerto Rico||United States
Greenland||Denmark
Western Sahara||
Northern Cyprus||
England||United Kingdom
Scotland||United Kingdom
Wales||United Kingdom
Northern Ireland||United Kingdom
Catalonia||Spain
Basque Country||Spain
Corsica||France
Bavaria||Germany
Sicily||Italy
Sardinia||Italy
Kurdistan Region||Iraq
Idlib Province||Syria
Rojava||Syria
Darfur||Sudan
Tigray||Ethiopia
Punjab||
Bengal||
Europe||
Asia||
Africa||
North America||
South America||
Latin America||
Central America||
Middle East|Mideast|
Near East||
Far East||
Caucasus|South Caucasus;North Caucasus;Transcaucasia|
Balkans||
Baltics|Baltic States|
Scandinavia||
Central Asia||
Southeast Asia||
South Asia||
East Asia||
Eastern Europe||
Western Europe||
Sahel||
Horn of Africa||
Maghreb||
Levant||
Persian Gulf|Arabian Gulf|
Mediterranean|Mediterranean Sea|
Black Sea||
Caspian Sea|Caspian|
Red Sea||
Baltic Sea||
South China Sea||
Aegean Sea|Aegean|
Arctic||
Antarctica||
Pacific|Pacific Ocean|
Atlantic|Atlantic Ocean|
Indian Ocean||
Alabama||United States
Alaska||United States
Arizona||United States
Arkansas||United States
California||United States
Colorado||United States
Connecticut||United States
Delaware||United States
District of Columbia|D.C.|United States
Florida||United States
Hawaii||United States
Idaho||United States
Illinois||United States
Indiana||United States
Iowa||United States
Kansas||United States
Kentucky||United States
Louisiana||United States
Maine||United States
Maryland||United States
Massachusetts||United States
Michigan||United States
Minnesota||United States
Mississippi||United States
Missouri||United States
Montana||United States
Nebraska||United States
Nevada||United States
New Hampshire||United States
New Jersey||United States
New Mexico||United States
New York State|New York state|United States
North Carolina||United States
North Dakota||United States
Ohio||United States
Oklahoma||United States
Oregon||United States
Pennsylvania||United States
Rhode Island||United States
South Carolina||United States
South Dakota||United States
Tennessee||United States
Texas||United States
Utah||United States
Vermont||United States
Virginia||United States
Washington State|Washington state|United States
West Virginia||United States
Wisconsin||United States
Wyoming||United States
Ontario||Canada
Quebec||Canada
British Columbia||Canada
Alberta||Canada
";

/// The places and every name that refers to one, in table order. Calls
/// `name` once per name (canonical names included) with what it refers to.
pub(crate) fn load(mut name: impl FnMut(&'static str, Naming)) -> Vec<Place> {
    let mut places = Vec::new();
    let mut cities = Vec::new();
    for line in COUNTRIES.lines() {
        let mut fields = line.split('|');
        let (Some(country), aliases, adjectives, city_list) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let index = add_place(&mut places, country, None, true);
        name(country, Naming::Place(index));
        for alias in list(aliases) {
            name(alias, Naming::Place(index));
        }
        for adjective in list(adjectives) {
            name(adjective, Naming::Adjective(index));
        }
        cities.push((index, city_list));
    }
    // Regions before cities, so that a city that is also a region of
    // another country ("Tripoli" in Libya and Lebanon) keeps its first reading.
    for line in REGIONS.lines() {
        let mut fields = line.split('|');
        let (Some(region), aliases, country) = (fields.next(), fields.next(), fields.next()) else {
            continue;
        };
        let country = country
            .filter(|c| !c.is_empty())
            .and_then(|c| places.iter().position(|p: &Place| p.name == c))
            .and_then(|i| u16::try_from(i).ok());
        let index = add_place(&mut places, region, country, false);
        name(region, Naming::Place(index));
        for alias in list(aliases) {
            name(alias, Naming::Place(index));
        }
    }
    for (country, city_list) in cities {
        for city in list(city_list) {
            let mut names = city.split('=');
            let Some(canonical) = names.next() else {
                continue;
            };
            let index = add_place(&mut places, canonical, Some(country), false);
            name(canonical, Naming::Place(index));
            for alias in names {
                name(alias, Naming::Place(index));
            }
        }
    }
    places
}

/// The items of a `;`-separated field, none when the field is missing.
fn list(field: Option<&'static str>) -> impl Iterator<Item = &'static str> {
    field
        .unwrap_or("")
        .split(';')
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

/// Add a place and return its index.
fn add_place(places: &mut Vec<Place>, name: &'static str, country: Option<u16>, is_country: bool) -> u16 {
    places.push(Place {
        name,
        country,
        is_country,
    });
    // The tables hold well under 65,536 places.
    u16::try_from(places.len() - 1).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        let mut names = Vec::new();
        let places = load(|name, naming| names.push((name, naming)));
        let countries = places.iter().filter(|p| p.is_country).count();
        assert!(countries >= 195, "{countries} countries");
        assert!(places.len() > 600);
        for (name, naming) in &names {
            assert!(!name.trim().is_empty());
            let (Naming::Place(i) | Naming::Adjective(i)) = naming;
            assert!((*i as usize) < places.len(), "{name}");
        }
        let russia = places.iter().position(|p| p.name == "Russia");
        let moscow = places.iter().find(|p| p.name == "Moscow").map(|p| p.country);
        assert_eq!(moscow.flatten().map(usize::from), russia);
    }
}
