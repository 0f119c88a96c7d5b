//! Finding where an entry or a field was written in a YAML file.
//!
//! serde_yaml reports places only for syntax and type errors. Problems
//! found after parsing (a duplicate id, a reference to nothing) need a place
//! too, so a person can jump to it; hand-written YAML is regular enough that
//! finding `id: <id>` and then the field inside the same entry is reliable.

/// 1-based line and column of `field:`'s value inside the entry whose id is
/// `id`, or of the entry's `id:` when the field is absent. `None` when the
/// id is not found at all.
pub fn locate(text: &str, id: &str, field: Option<&str>) -> Option<(usize, usize)> {
    locate_nth(text, id, 0, field)
}

/// Like [`locate`], for the `nth` (0-based) entry with this id in the
/// file, so a duplicate can be told from the entry it duplicates.
pub fn locate_nth(text: &str, id: &str, nth: usize, field: Option<&str>) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let (id_line, key_column) = lines
        .iter()
        .enumerate()
        .filter_map(|(i, line)| {
            let key_at = key_column(line, "id")?;
            let value = line[key_at + 3..].trim().trim_matches(['"', '\'']);
            (value == id).then_some((i, key_at))
        })
        .nth(nth)?;
    let id_place = (id_line + 1, key_column + 1);
    let Some(field) = field else {
        return Some(id_place);
    };
    // The entry's keys sit at `key_column`; its first key may be on the id
    // line or before it, so look both ways until the entry ends.
    let in_entry = |line: &str| {
        let indent = line.len() - line.trim_start_matches([' ', '-']).len();
        line.trim().is_empty() || indent >= key_column
    };
    let entry_start = (0..id_line)
        .rev()
        .take_while(|&i| in_entry(lines[i]) && !lines[i + 1].trim_start().starts_with('-'))
        .last()
        .unwrap_or(id_line);
    let found = (entry_start..lines.len())
        .take_while(|&i| {
            i <= id_line || (in_entry(lines[i]) && !starts_entry(lines[i], key_column))
        })
        .find_map(|i| {
            let at = key_column_exact(lines[i], field, key_column)?;
            let after = &lines[i][at + field.len() + 1..];
            let value_at = at + field.len() + 1 + (after.len() - after.trim_start().len());
            Some((i + 1, lines[i][..value_at].chars().count() + 1))
        });
    Some(found.unwrap_or(id_place))
}

/// Whether `line` starts a new list entry at the given key column.
fn starts_entry(line: &str, key_column: usize) -> bool {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    trimmed.starts_with("- ") && indent + 2 <= key_column
}

/// Byte column of `key:` on `line`, allowing a leading `- `.
fn key_column(line: &str, key: &str) -> Option<usize> {
    let trimmed = line.trim_start_matches([' ', '-']);
    let at = line.len() - trimmed.len();
    let rest = trimmed.strip_prefix(key)?;
    rest.starts_with(':').then_some(at)
}

fn key_column_exact(line: &str, key: &str, column: usize) -> Option<usize> {
    key_column(line, key).filter(|&at| at == column)
}

#[cfg(test)]
mod tests {
    use super::locate;

    const YAML: &str = "\
chips:
  - id: kirin-9000s
    name: Kirin 9000S
    foundry: smic
  - name: A17 Pro
    id: a17-pro
    foundry: tsmc
";

    #[test]
    fn finds_a_field_inside_its_entry() {
        assert_eq!(locate(YAML, "kirin-9000s", Some("foundry")), Some((4, 14)));
        assert_eq!(locate(YAML, "a17-pro", Some("foundry")), Some((7, 14)));
        assert_eq!(locate(YAML, "a17-pro", Some("name")), Some((5, 11)));
    }

    #[test]
    fn falls_back_to_the_id_line() {
        assert_eq!(locate(YAML, "a17-pro", Some("designer")), Some((6, 5)));
        assert_eq!(locate(YAML, "nothing", None), None);
    }
}
