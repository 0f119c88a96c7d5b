//! Parsing a dataset's files across the machine's cores.
//!
//! Parsing is most of the time a large dataset takes to load. Files are
//! parsed in parallel, and large files are split into pieces of whole
//! entries ([`split`]) so that one big file does not keep one core busy
//! while the other waits. A file any of whose pieces fails is parsed again
//! whole, for errors with exact places.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::SourceFile;
use super::error::DatasetProblem;
use super::parse::{Piece, parse_file, parse_piece, split};
use super::schema::DatasetFile;

/// A file's entries, in one or more parts in file order, and its problems.
pub struct Parsed {
    pub parts: Vec<DatasetFile>,
    pub problems: Vec<DatasetProblem>,
}

/// Pieces of a large file parsed on their own (bytes); big enough that a
/// piece costs far more than starting a parser.
const PIECE: usize = 256 * 1024;

/// One unit of work: a whole file, or a piece of a large one.
enum Task<'f> {
    Whole(&'f SourceFile),
    Piece(Piece<'f>),
}

/// What a task gave.
enum Done {
    Whole(DatasetFile, Vec<DatasetProblem>),
    /// `None` when the piece failed to parse.
    Piece(Option<DatasetFile>),
}

impl Task<'_> {
    fn run(&self) -> Done {
        match self {
            Task::Whole(file) => {
                let (parsed, problems) = parse_file(file);
                Done::Whole(parsed, problems)
            }
            Task::Piece(piece) => Done::Piece(parse_piece(*piece)),
        }
    }
}

/// Parses every file, in file order.
pub fn parse_all(files: &[SourceFile]) -> Vec<Parsed> {
    let mut tasks: Vec<(usize, Task<'_>)> = Vec::new();
    for (i, file) in files.iter().enumerate() {
        match split(&file.text, PIECE) {
            Some(pieces) => tasks.extend(pieces.into_iter().map(|p| (i, Task::Piece(p)))),
            None => tasks.push((i, Task::Whole(file))),
        }
    }
    let done = run_all(&tasks);
    let mut parsed: Vec<Parsed> = files
        .iter()
        .map(|_| Parsed {
            parts: Vec::new(),
            problems: Vec::new(),
        })
        .collect();
    let mut failed = vec![false; files.len()];
    for ((i, _), result) in tasks.iter().zip(done) {
        match result {
            Done::Whole(part, problems) => {
                parsed[*i].parts.push(part);
                parsed[*i].problems = problems;
            }
            Done::Piece(Some(part)) => parsed[*i].parts.push(part),
            Done::Piece(None) => failed[*i] = true,
        }
    }
    for ((file, parsed), failed) in files.iter().zip(&mut parsed).zip(failed) {
        if failed {
            let (part, problems) = parse_file(file);
            *parsed = Parsed {
                parts: vec![part],
                problems,
            };
        }
    }
    parsed
}

/// Runs every task on as many threads as there are cores, and returns
/// what each gave, in task order.
fn run_all(tasks: &[(usize, Task<'_>)]) -> Vec<Done> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(tasks.len());
    if workers <= 1 {
        return tasks.iter().map(|(_, task)| task.run()).collect();
    }
    let next = AtomicUsize::new(0);
    let finished: Vec<Vec<(usize, Done)>> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let n = next.fetch_add(1, Ordering::Relaxed);
                        let Some((_, task)) = tasks.get(n) else { break };
                        mine.push((n, task.run()));
                    }
                    mine
                })
            })
            .collect();
        // A worker that panicked loses its tasks; they are redone below.
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut done: Vec<Option<Done>> = (0..tasks.len()).map(|_| None).collect();
    for (n, result) in finished.into_iter().flatten() {
        done[n] = Some(result);
    }
    done.into_iter()
        .zip(tasks)
        .map(|(result, (_, task))| result.unwrap_or_else(|| task.run()))
        .collect()
}
