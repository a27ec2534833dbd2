package io.sellercenter.accesstokens.application.port.in.platform;

import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;

/** Makes sure a platform operator with this e-mail exists, creating them if not; says whether one was created. */
public interface EnsurePlatformOperatorUseCase {
    boolean ensure(Email email, NewPassword password);
}
