package io.sellercenter.accesstokens.application.port.in;

/** Sign in as {@code username} (an e-mail) with {@code password}. Never printed: {@link #toString()} hides both. */
public record SignInCommand(String username, String password) {
    public SignInCommand {
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    @Override
    public String toString() {
        return "SignInCommand[hidden]";
    }
}
