//! Secrets kept in files (an organiser's token without a keychain, the site's form key): readable by their owner only.
//! On Unix by the file's mode (0600); on Windows by its ACL: the current user alone, nothing inherited from the folder
//! (a file under a shared or synced folder would otherwise inherit that folder's readers).

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path`, readable and writable by its owner only, whether the file is new or was left readable by
/// others before (a copy, an old version).
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    // The mode above applies only to a new file.
    #[cfg(unix)]
    file.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    // Before the secret is written, so that it is never readable by others.
    #[cfg(windows)]
    windows::owner_only(path)?;
    file.write_all(bytes)
}

#[cfg(windows)]
mod windows {
    use std::io::{Error, Result};
    use std::os::windows::ffi::OsStrExt;
    use std::path::Path;
    use std::ptr::null_mut;

    use windows_sys::Win32::Foundation::{CloseHandle, HANDLE, LocalFree};
    use windows_sys::Win32::Security::Authorization::{
        ConvertSidToStringSidW, ConvertStringSecurityDescriptorToSecurityDescriptorW, SDDL_REVISION_1,
    };
    use windows_sys::Win32::Security::{
        DACL_SECURITY_INFORMATION, GetTokenInformation, PROTECTED_DACL_SECURITY_INFORMATION, PSECURITY_DESCRIPTOR,
        SetFileSecurityW, TOKEN_QUERY, TOKEN_USER, TokenUser,
    };
    use windows_sys::Win32::System::Threading::{GetCurrentProcess, OpenProcessToken};

    fn wide(text: &std::ffi::OsStr) -> Vec<u16> {
        text.encode_wide().chain(Some(0)).collect()
    }

    /// The file's DACL becomes one entry, full control for the user this process runs as, protected from inheritance
    /// (`D:P(A;;FA;;;<SID>)`, what `icacls FILE /inheritance:r /grant:r USER:F` leaves).
    pub(super) fn owner_only(path: &Path) -> Result<()> {
        let sddl = format!("D:P(A;;FA;;;{})", current_user_sid()?);
        let mut descriptor: PSECURITY_DESCRIPTOR = null_mut();
        // SAFETY: both strings are NUL-terminated UTF-16 that outlive the calls; the descriptor the first call
        // allocates is freed once, after the second has read it.
        unsafe {
            let sddl = wide(sddl.as_ref());
            if ConvertStringSecurityDescriptorToSecurityDescriptorW(
                sddl.as_ptr(),
                SDDL_REVISION_1,
                &mut descriptor,
                null_mut(),
            ) == 0
            {
                return Err(Error::last_os_error());
            }
            let set = SetFileSecurityW(
                wide(path.as_os_str()).as_ptr(),
                DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                descriptor,
            );
            let failed = (set == 0).then(Error::last_os_error);
            LocalFree(descriptor);
            failed.map_or(Ok(()), Err)
        }
    }

    /// The SID of the user this process runs as, in its string form (`S-1-5-21-…`).
    pub(super) fn current_user_sid() -> Result<String> {
        // SAFETY: the token is closed once; the buffer is sized by the first GetTokenInformation call and aligned for
        // TOKEN_USER (u64 words); the SID string is read up to its NUL and freed once.
        unsafe {
            let mut token: HANDLE = null_mut();
            if OpenProcessToken(GetCurrentProcess(), TOKEN_QUERY, &mut token) == 0 {
                return Err(Error::last_os_error());
            }
            let mut size = 0u32;
            GetTokenInformation(token, TokenUser, null_mut(), 0, &mut size);
            let mut buffer = vec![0u64; (size as usize).div_ceil(8)];
            let read = GetTokenInformation(token, TokenUser, buffer.as_mut_ptr().cast(), size, &mut size);
            let failed = (read == 0).then(Error::last_os_error);
            CloseHandle(token);
            if let Some(e) = failed {
                return Err(e);
            }
            let user = &*(buffer.as_ptr() as *const TOKEN_USER);
            let mut text: windows_sys::core::PWSTR = null_mut();
            if ConvertSidToStringSidW(user.User.Sid, &mut text) == 0 {
                return Err(Error::last_os_error());
            }
            let len = (0..).take_while(|&i| *text.add(i) != 0).count();
            let sid = String::from_utf16_lossy(std::slice::from_raw_parts(text, len));
            LocalFree(text.cast());
            Ok(sid)
        }
    }
}

#[cfg(test)]
mod tests {
    #[cfg(unix)]
    #[test]
    fn a_secret_file_is_the_owners_alone_even_when_it_was_not_before() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        super::write(&path, b"dais_secret").unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "dais_secret");
    }

    /// The ACL read back from the file names the current user alone (and the system), and inherits nothing.
    #[cfg(windows)]
    #[test]
    fn a_secret_file_is_the_owners_alone_even_when_it_was_not_before() {
        use std::os::windows::ffi::OsStrExt;
        use windows_sys::Win32::Foundation::LocalFree;
        use windows_sys::Win32::Security::Authorization::{
            ConvertSecurityDescriptorToStringSecurityDescriptorW, SDDL_REVISION_1,
        };
        use windows_sys::Win32::Security::{DACL_SECURITY_INFORMATION, GetFileSecurityW};

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret");
        std::fs::write(&path, "old").unwrap();
        super::write(&path, b"dais_secret").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "dais_secret");

        let name: Vec<u16> = path.as_os_str().encode_wide().chain(Some(0)).collect();
        // SAFETY: the buffer is sized by the first call; the string is read up to its NUL and freed once.
        let dacl = unsafe {
            let mut size = 0u32;
            GetFileSecurityW(name.as_ptr(), DACL_SECURITY_INFORMATION, std::ptr::null_mut(), 0, &mut size);
            let mut buffer = vec![0u64; (size as usize).div_ceil(8)];
            assert_ne!(
                GetFileSecurityW(name.as_ptr(), DACL_SECURITY_INFORMATION, buffer.as_mut_ptr().cast(), size, &mut size),
                0
            );
            let mut text = std::ptr::null_mut();
            assert_ne!(
                ConvertSecurityDescriptorToStringSecurityDescriptorW(
                    buffer.as_mut_ptr().cast(),
                    SDDL_REVISION_1,
                    DACL_SECURITY_INFORMATION,
                    &mut text,
                    std::ptr::null_mut()
                ),
                0
            );
            let len = (0..).take_while(|&i| *text.add(i) != 0).count();
            let sddl = String::from_utf16_lossy(std::slice::from_raw_parts(text, len));
            LocalFree(text.cast());
            sddl
        };
        // Windows keeps the DACL as set, `D:P(A;;FA;;;<SID>)`; Wine (where CI runs this) keeps the file's mode from it
        // and reads the DACL back from the mode, adding SYSTEM: in both, nothing for others (Everyone, Users, ...).
        let user = super::windows::current_user_sid().unwrap();
        let entries: Vec<&str> = dacl.split('(').skip(1).map(|e| e.trim_end_matches(')')).collect();
        assert!(entries.contains(&format!("A;;FA;;;{user}").as_str()), "the owner's full access: {dacl}");
        assert!(
            entries.iter().all(|e| e.ends_with(&format!(";{user}")) || e.ends_with(";SY")),
            "others' access: {dacl}"
        );
    }
}
