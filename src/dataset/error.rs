//! Problems found in a dataset, each with the file, line and column where a
//! person has to look, and a hint on how to fix it.

use std::fmt;

/// How bad a dataset problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The dataset can still be used but may give poorer results.
    Warning,
    /// The dataset cannot be trusted; `check` refuses to run.
    Error,
}

/// One problem in one dataset file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetProblem {
    pub severity: Severity,
    /// The file, as a path relative to where the dataset was loaded from.
    pub file: String,
    /// 1-based line, when the problem has a place.
    pub line: Option<usize>,
    /// 1-based column, when the problem has a place.
    pub column: Option<usize>,
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl DatasetProblem {
    /// An error at a place in a file.
    pub fn error(file: &str, place: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            file: file.to_string(),
            line: place.map(|p| p.0),
            column: place.map(|p| p.1),
            message: message.into(),
            hint: None,
        }
    }

    /// The same problem with a hint attached.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for DatasetProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {level}: {}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

/// A dataset that could not be loaded: every problem found, not only the first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetError {
    pub problems: Vec<DatasetProblem>,
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DatasetError {}
