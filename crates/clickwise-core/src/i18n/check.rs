//! The check that keeps the languages in step: every `.ftl` parses, every key is in both
//! languages (once), and each message uses the same variables in both.

use super::FtlFile;
use crate::text::Lang;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// Each message's variables, by key.
type Keys = BTreeMap<String, BTreeSet<String>>;

/// What is wrong with `file`, one line per problem; empty when it is fine.
pub fn check(file: &FtlFile) -> Vec<String> {
    let mut problems = Vec::new();
    let en = keys(file, Lang::En, &mut problems);
    let cy = keys(file, Lang::Cy, &mut problems);
    for key in en.keys().filter(|k| !cy.contains_key(*k)) {
        problems.push(format!("{}: `{key}` is missing in Welsh (cy)", file.name));
    }
    for key in cy.keys().filter(|k| !en.contains_key(*k)) {
        problems.push(format!("{}: `{key}` is missing in English (en)", file.name));
    }
    for (key, en_vars) in &en {
        if let Some(cy_vars) = cy.get(key)
            && cy_vars != en_vars
        {
            problems
                .push(format!("{}: `{key}` uses {en_vars:?} in English but {cy_vars:?} in Welsh", file.name));
        }
    }
    problems
}

fn keys(file: &FtlFile, lang: Lang, problems: &mut Vec<String>) -> Keys {
    let name = format!("{} ({})", file.name, super::tag(lang));
    let resource = match fluent_syntax::parser::parse(file.text(lang)) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                problems.push(format!("{name}: parse error {:?} at {:?}", e.kind, e.pos));
            }
            r
        }
    };
    let mut keys = Keys::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else { continue };
        let mut vars = BTreeSet::new();
        if let Some(pattern) = &message.value {
            pattern_vars(pattern, &mut vars);
        }
        for attribute in &message.attributes {
            pattern_vars(&attribute.value, &mut vars);
        }
        if keys.insert(message.id.name.to_string(), vars).is_some() {
            problems.push(format!("{name}: `{}` is defined twice", message.id.name));
        }
    }
    keys
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_vars(arg, vars);
            }
            for named in &arguments.named {
                inline_vars(&named.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}
