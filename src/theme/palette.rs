//! Colours: warm and bright, with text that passes WCAG AA contrast on its background.

use bevy::prelude::*;

pub const BACKGROUND: Color = Color::srgb(0.99, 0.96, 0.88);
pub const INK: Color = Color::srgb(0.11, 0.13, 0.22);
pub const INK_SOFT: Color = Color::srgb(0.27, 0.30, 0.40);
pub const WHITE: Color = Color::WHITE;
pub const PANEL: Color = Color::srgb(1.0, 1.0, 1.0);
pub const PANEL_BORDER: Color = Color::srgb(0.85, 0.80, 0.68);
pub const TEAL: Color = Color::srgb(0.0, 0.45, 0.48);
pub const TEAL_DARK: Color = Color::srgb(0.0, 0.33, 0.36);
pub const TEAL_PRESSED: Color = Color::srgb(0.0, 0.25, 0.28);
pub const SUNNY: Color = Color::srgb(1.0, 0.80, 0.25);
pub const SKY: Color = Color::srgb(0.85, 0.93, 1.0);
pub const MINT: Color = Color::srgb(0.86, 0.96, 0.89);
pub const PEACH: Color = Color::srgb(1.0, 0.91, 0.84);
pub const CHOICE: Color = Color::srgb(0.93, 0.92, 1.0);
pub const CHOICE_BORDER: Color = Color::srgb(0.36, 0.31, 0.72);
pub const SELECTED: Color = Color::srgb(1.0, 0.87, 0.45);
pub const DEVICE: Color = Color::srgb(0.17, 0.19, 0.27);
pub const BUBBLE_THEM: Color = Color::srgb(0.90, 0.93, 0.97);
pub const FOCUS_RING: Color = Color::srgb(0.85, 0.15, 0.45);
pub const STAR: Color = Color::srgb(0.93, 0.60, 0.0);
pub const STAR_EMPTY: Color = Color::srgb(0.70, 0.68, 0.62);
/// Greys out the star picture for a star not yet earned.
pub const STAR_OFF_TINT: Color = Color::srgba(0.3, 0.3, 0.3, 0.35);
pub const DISABLED: Color = Color::srgb(0.62, 0.64, 0.68);
