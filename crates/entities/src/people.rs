//! People: titles that come before a name ("President", "Foreign
//! Minister", "Mr.", "Sheriff"), common first names in the languages news
//! in English quotes most, and surname endings ("-yan", "-ov", "-oglu")
//! that mark a capitalized word as a family name.
//!
//! Titles are never part of a mention: "French President Emmanuel Macron"
//! mentions "Emmanuel Macron".

/// Title heads: the word of a title right before the name ("Minister" in
/// "Prime Minister Nikol Pashinian"). Lower-cased, they also mark the
/// next capitalized words as a person ("spokesman Dmitry Peskov").
const TITLES: &str = "\
President Presidents President-elect Vice-President Minister Ministers Premier Chancellor
Secretary Secretary-General Ambassador Envoy Spokesman Spokeswoman Spokesperson Senator Sen.
Representative Rep. Congressman Congresswoman Governor Gov. Mayor Councilman Councilwoman
Councillor Councilor Alderman Commissioner Sheriff Deputy Officer Detective Det. Sergeant Sgt.
Lieutenant Lt. Captain Capt. Colonel Col. General Gen. Major Maj. Admiral Adm. Commander Cmdr.
Chief Marshal Judge Justice Prosecutor Attorney Mr. Mrs. Ms. Miss Mx. Dr. Prof. Professor
Rev. Reverend Pastor Father Rabbi Imam Sheikh Bishop Archbishop Cardinal Pope Patriarch King
Queen Prince Princess Emir Sultan Sir Dame Lord Chairman Chairwoman Chairperson Director Leader
Speaker Defender Ombudsman Manager Coach Trooper Agent Corporal Cpl. Private Pvt. Superintendent Supt.
Inspector Constable Warden Ranger Undersheriff Investigator Assemblyman Assemblywoman Magistrate
Charge Firefighter Medic Paramedic Coroner Examiner Ayatollah Mullah CEO Founder Mufti Sens. Reps. Officers Deputies Drs.
Clerk Photojournalist Photographer Apostle Deacon Evangelist Bailiff Dispatcher
";

/// Words that come before a title head inside a title ("Prime", "Foreign",
/// "Deputy"): part of the title, never of the name.
const TITLE_MODIFIERS: &str = "\
Prime Foreign Defense Defence Interior Finance Economy Economic Health Education Justice Energy
Trade Deputy Vice Former Acting Assistant Associate Senior Chief General Special Supreme High
Executive Opposition First State District County City Police Fire Army Navy Air Military
Attorney Home Labor Labour Agriculture Culture Transport Environment Treasury Commerce Homeland
Security Affairs Staff Armed Intelligence Public Human Rights National Regional Federal Crown
Lt. Lieutenant Grand Head Commanding Presidential Parliamentary Majority Minority Party
Crimes Homicide Narcotics Robbery
";

/// Common first names, written as they are in English text.
const FIRST_NAMES: &str = "\
Aaron Abdul Abdullah Abdullahi Abdel Abu Adam Adel Adrian Ahmad Ahmed Aidan Alan Albert Alberto
Aleksandr Aleksei Alex Alexander Alexandra Alexandre Alexei Alexey Alfred Ali Alice Alicia
Alison Allison Amanda Amber Amy Ana Anatoly Andre Andrea Andreas Andrei Andrew Andrey Andriy
Angela Angelo Ann Anna Anne Annie Anthony Antonio Antony Anwar Arman Armen Arthur Ashley Ashot
Asad Ayman Aziz Barack Barbara Bashar Ben Benjamin Bernard Bernie Beth Betty Bill Billy Bob
Bobby Boris Brad Bradley Brandon Brenda Brian Bruce Bryan Carl Carlos Carol Caroline Catherine
Charles Charlie Cheryl Chris Christian Christina Christine Christopher Cindy Claire Claude
Colin Connor Craig Crystal Cynthia Dan Dana Daniel Danielle Danny Darius Darren Dave David
Dean Deborah Debra Denis Dennis Derek Diana Diane Dmitri Dmitry Dominic Don Donald Donna
Doris Dorothy Doug Douglas Dylan Ebrahim Ed Eddie Edgar Edward Eileen Elena Eli Elizabeth Ellen
Emily Emma Emmanuel Emanuel Eric Erik Erin Ethan Eugene Evan Evgeny Fatima Faisal Felix Fernando
Francesco Francis Francisco Frank Franz Fred Frederick Gabriel Gary Gennady George Georgy
Gerald Gerhard Giorgi Giovanni Giuseppe Glenn Gloria Gordon Grace Greg Gregory Hakan Hamid
Hannah Hans Harold Harry Hasan Hassan Heather Heinz Helen Henry Herbert Hillary Hossein
Howard Hugo Hussein Ian Ibrahim Igor Ilham Ilya Irina Isaac Ismail Ivan Jack Jacob Jacqueline
Jake James Jamie Jan Jane Janet Janice Jason Javad Javier Jean Jeff Jeffrey Jennifer Jeremy
Jerry Jesse Jessica Jesus Jim Jimmy Joan Joe Joel Johann John Johnny Jon Jonathan Jordan Jorge
Jose Joseph Josh Joshua Joyce Juan Judith Judy Julia Julian Julie Justin Kamala Karen Karl
Kate Katherine Kathleen Kathryn Kathy Keith Kelly Ken Kenneth Kevin Kim Kimberly Kirill Kyle
Larry Laura Lauren Lawrence Leonid Leslie Linda Lisa Lori Louis Louise Luis Luke Lyudmila
Madeleine Mahmoud Mahmud Marc Marco Margaret Maria Marie Marilyn Marina Mario Mark Martha Martin
Mary Masoud Matt Matthew Maxim Megan Mehmet Melissa Mevlut Michael Michel Michelle Miguel
Mike Mikhail Mohamed Mohammad Mohammed Mike Muhammad Mustafa Nancy Naomi Narges Natalia
Natalie Nathan Nicholas Nick Nicolas Nicole Nikol Nikolai Nikolay Nikita Oleg Olesya Olga Omar
Oscar Osama Pamela Patricia Patrick Paul Paula Pavel Pedro Peter Philip Philippe Pierre
Rachel Rafael Ralph Ramzan Randy Raymond Rebecca Recep Reza Richard Rick Rita Rob Robert
Roberto Robin Roger Ronald Rosa Rose Ruben Russell Ruth Ryan Saad Sadiq Salman Sam Samantha
Samuel Sandra Sara Sarah Scott Sean Sebastian Serge Sergei Sergey Sergio Seyran Shannon Sharon
Shirley Simon Sophia Sophie Stefan Stephanie Stephen Steve Steven Susan Tamara Tatiana Tayyip
Teresa Terry Theresa Thomas Tiffany Tim Timothy Tina Todd Tom Tony Tracy Travis Tyler Ursula
Valentina Valery Vanessa Victor Victoria Viktor Vincent Virginia Vitaly Vladimir Volodymyr
Walter Wayne Wendy William Willie Will Xi Yasser Yevgeny Yousef Youssef Yulia Yuri Yusuf
Zachary Zoran Zeynep Vartan Vahe Tigran Levon Serzh Robert Ararat Hovhannes Gevorg Karen
Jeyhun Hikmet Elmar Mammad Heydar Javad Dmitri Vasily Anton Denis Artem Andrzej Jaroslaw
Olaf Angela Jens Emmanuel Nicolas Francois Jacques Marine Benoit Jair Luiz Narendra Rahul
Shinzo Fumio Moon Yoon Benjamin Yair Naftali Abdel-Fattah Bashar Hafez Rami Rustam Kassym-Jomart
Nursultan Shavkat Emomali Alexander Svetlana Maia Nino Mikheil Salome Irakli Giorgi Zurab
Denise Jasmine Tanya Keisha Latoya Tyrone Jamal Darnell Terrell Malik Brianna Kayla
Ahmet Erdal Fahrettin Hulusi Ibrahim Kemal Selahattin Devlet Binali Abdulhamid Nabih Saad Najib
";

/// Endings of family names in the languages whose names news in English
/// transliterates most ("Pashinyan", "Lavrov", "Çavuşoğlu" folded).
const SURNAME_ENDINGS: &[&str] = &[
    "yan", "ian", "ov", "ova", "ev", "eva", "yev", "yeva", "enko", "chuk", "vich", "ovic", "ski", "sky", "ska",
    "skaya", "oglu", "escu", "poulos", "shvili", "dze", "zadeh", "akis",
];

/// The title heads.
pub(crate) fn titles() -> impl Iterator<Item = &'static str> {
    TITLES.split_whitespace()
}

/// The title modifiers.
pub(crate) fn title_modifiers() -> impl Iterator<Item = &'static str> {
    TITLE_MODIFIERS.split_whitespace()
}

/// The first names.
pub(crate) fn first_names() -> impl Iterator<Item = &'static str> {
    FIRST_NAMES.split_whitespace()
}

/// Whether a folded word of at least five letters ends like a family name.
pub(crate) fn has_surname_ending(folded: &str) -> bool {
    folded.len() >= 5 && SURNAME_ENDINGS.iter().any(|ending| folded.ends_with(ending))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_well_formed() {
        assert!(titles().count() > 100);
        assert!(first_names().count() > 400);
        assert!(title_modifiers().any(|w| w == "Prime"));
        assert!(has_surname_ending("pashinyan"));
        assert!(has_surname_ending("cavusoglu"));
        assert!(!has_surname_ending("macron"));
    }
}
