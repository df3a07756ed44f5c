//! A meeting's registrations (the registrations view): the page, search and counts; one registration taken by hand,
//! corrected, decided on or erased; the focal points who approve their administration's requests.

use dais_core::registrations::{DecisionInput, RegistrationPage, RegistrationQuery, RegistrationSummary};
use dais_core::{Edit, FocalPoint, FocalPointInput, NewRegistration, Registration};
use tauri::State;
use uuid::Uuid;

use crate::workspace::{Reply, Workspace};

/// One page of a meeting's registrations, searched, filtered and sorted by core, with the counts around it.
#[tauri::command]
pub(crate) async fn registration_page(ws: State<'_, Workspace>, query: RegistrationQuery) -> Reply<RegistrationPage> {
    ws.run(move |s| s.registration_page(&query)).await
}

/// The ids of every registration a query matches: "select all".
#[tauri::command]
pub(crate) async fn registration_ids(ws: State<'_, Workspace>, query: RegistrationQuery) -> Reply<Vec<Uuid>> {
    ws.run(move |s| s.registration_ids(&query)).await
}

/// A meeting's registrations counted every way the charts show them.
#[tauri::command]
pub(crate) async fn registration_summary(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<RegistrationSummary> {
    ws.run(move |s| s.registration_summary(event_id)).await
}

#[tauri::command]
pub(crate) async fn registration_countries(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<String>> {
    ws.run(move |s| s.registration_countries(event_id)).await
}

/// A meeting's focal points, who approve the requests of their administration.
#[tauri::command]
pub(crate) async fn focal_points(ws: State<'_, Workspace>, event_id: Uuid) -> Reply<Vec<FocalPoint>> {
    ws.run(move |s| s.focal_points(event_id)).await
}

#[tauri::command]
pub(crate) async fn save_focal_point(ws: State<'_, Workspace>, input: FocalPointInput) -> Reply<FocalPoint> {
    ws.edit(move |s| s.save_focal_point(&input)).await
}

#[tauri::command]
pub(crate) async fn delete_focal_point(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.edit(move |s| s.delete_focal_point(id)).await
}

/// A registration taken by hand: source manual, pending.
#[tauri::command]
pub(crate) async fn add_registration(ws: State<'_, Workspace>, registration: NewRegistration) -> Reply<Registration> {
    ws.edit(move |s| s.add_registration(&registration, chrono::Utc::now())).await
}

/// Saves what the organiser corrected of a registration (the registrant's fields, notes, attendance).
#[tauri::command]
pub(crate) async fn edit_registration(ws: State<'_, Workspace>, edit: Edit) -> Reply<Registration> {
    ws.edit(move |s| s.edit_registration(&edit)).await
}

/// One registration whole, with the decisions on it.
#[tauri::command]
pub(crate) async fn registration(ws: State<'_, Workspace>, id: Uuid) -> Reply<Registration> {
    ws.run(move |s| s.get::<Registration>(id)).await
}

/// Decides on one registration or many, as this laptop's organiser.
#[tauri::command]
pub(crate) async fn decide(ws: State<'_, Workspace>, input: DecisionInput) -> Reply<Vec<Registration>> {
    ws.edit(move |s| {
        let by = s.organiser()?;
        s.decide(&input, &by, chrono::Utc::now())
    })
    .await
}

/// Erases a registration at the registrant's request: gone from this laptop now, from the site and every laptop at
/// their next sync.
#[tauri::command]
pub(crate) async fn erase_registration(ws: State<'_, Workspace>, id: Uuid) -> Reply<()> {
    ws.run(move |s| s.erase_registration(id)).await
}
