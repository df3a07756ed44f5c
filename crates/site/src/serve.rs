//! Serving the site over HTTP/1.1 until it is told to stop, then stopping as a service should: no new connection is
//! taken, each request in flight is answered before its connection closes, and what is still open when the grace
//! period ends is cut. axum's own `serve` is not used: when it stops, it drops the connections whose first bytes it
//! has not read yet (hyper's graceful shutdown too: see `connection`), and it closes its listener on the connections
//! the kernel completed but nobody accepted; the clients of both see their connection cut.

use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::server::conn::http1;
use hyper::service::{Service, service_fn};
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Notify, watch};
use tokio::task::JoinSet;
use tokio::time::Instant;
use tower_http::add_extension::AddExtension;

/// How long a connection taken before the site stopped, which has not sent a request yet, is waited for.
const FIRST_REQUEST_WAIT: Duration = Duration::from_secs(1);

/// How serving ended.
#[derive(Debug)]
pub struct Stopped {
    /// The end of the grace period: whatever else the site finishes before it exits has until then too.
    pub deadline: Instant,
    /// Connections still busy at the deadline, closed whatever they were doing.
    pub cut: usize,
}

/// Serves `router` on `listener` until `stop` completes; then takes no new connection, and waits up to `grace` for
/// the requests in flight (those sent before the listener closed) to be answered.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    stop: impl Future<Output = ()>,
    grace: Duration,
) -> io::Result<Stopped> {
    // Never sent on: dropping it tells every connection to finish what it is doing and close.
    let (stopping, stop_rx) = watch::channel(());
    let mut connections = JoinSet::new();
    tokio::pin!(stop);
    loop {
        tokio::select! {
            () = &mut stop => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, remote)) => {
                    connections.spawn(connection(stream, remote, router.clone(), stop_rx.clone()));
                }
                // That client gave up; the next one is served.
                Err(e) if matches!(e.kind(), io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset) => {}
                // Out of file descriptors, say: accepting again at once would only spin.
                Err(e) => {
                    eprintln!("dais-site: accepting a connection: {e}");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
    let deadline = Instant::now() + grace;
    // The kernel completes connections on its own until the listener closes, and closing it resets those it holds:
    // they are taken and served first. A connection tried after the close is refused, which a client can tell apart.
    let listener = listener.into_std()?;
    loop {
        match listener.accept() {
            Ok((stream, remote)) => {
                if let Ok(stream) = stream.set_nonblocking(true).and_then(|()| TcpStream::from_std(stream)) {
                    connections.spawn(connection(stream, remote, router.clone(), stop_rx.clone()));
                }
            }
            Err(e) if e.kind() == io::ErrorKind::ConnectionAborted => {}
            // `WouldBlock`: none left.
            Err(_) => break,
        }
    }
    drop(listener);
    drop(stopping);
    let finished =
        tokio::time::timeout_at(deadline, async { while connections.join_next().await.is_some() {} }).await.is_ok();
    Ok(Stopped { deadline, cut: if finished { 0 } else { connections.len() } })
}

/// Serves one connection; once the site stops, it answers the request it is on, then closes (an idle kept-alive
/// connection closes at once).
async fn connection(stream: TcpStream, remote: SocketAddr, router: Router, mut stopping: watch::Receiver<()>) {
    // The client's address, where the handlers look for it as axum's `serve` puts it (the form's rate limit).
    let inner = TowerToHyperService::new(AddExtension::new(router, ConnectInfo(remote)));
    let began = Arc::new(Notify::new());
    let service = {
        let began = Arc::clone(&began);
        service_fn(move |request| {
            began.notify_one();
            inner.call(request)
        })
    };
    let connection = http1::Builder::new().serve_connection(TokioIo::new(stream), service);
    tokio::pin!(connection);
    // Its errors are the client's doing (gone, or not speaking HTTP): nothing to tell.
    tokio::select! {
        _ = connection.as_mut() => return,
        _ = stopping.changed() => {}
    }
    // hyper's graceful shutdown closes a connection it has read nothing from yet, but this one was taken before the
    // listener closed: its client may have sent its request already. It gets a moment for its first.
    tokio::select! {
        _ = connection.as_mut() => return,
        () = began.notified() => connection.as_mut().graceful_shutdown(),
        // A connection opened ahead of need (a browser's preconnect, say), which nothing is lost with.
        () = tokio::time::sleep(FIRST_REQUEST_WAIT) => return,
    }
    let _ = connection.await;
}
