//! Chip process nodes against the dataset's chips.

use super::{Judgement, Verdict, reference};
use crate::dataset::{Dataset, ItemKind};

pub(super) fn chip_node(dataset: &Dataset, chip: usize, node_nm: u32) -> Judgement {
    let (file, c) = &dataset.chips[chip];
    let value = match &c.process {
        Some(process) => format!("{} nm ({process})", c.node_nm),
        None => format!("{} nm", c.node_nm),
    };
    let reference = Some(reference(
        dataset,
        *file,
        c.id.as_str(),
        ItemKind::Chip,
        c.name.clone(),
        value.clone(),
        &c.sources,
    ));
    let found = format!("{node_nm} nm");
    if c.node_nm == node_nm {
        Judgement {
            verdict: Verdict::Supported,
            reference,
            expected: None,
            found,
            message: format!("the {} is made on a {value} process", c.name),
        }
    } else {
        Judgement {
            verdict: Verdict::Contradicted,
            reference,
            expected: Some(value.clone()),
            found: found.clone(),
            message: format!(
                "the article says the {} is {found}, but the dataset says {value}",
                c.name
            ),
        }
    }
}
