package io.sellercenter.accesstokens.application.port.in;

import io.sellercenter.accesstokens.domain.Email;
import io.sellercenter.accesstokens.domain.NewPassword;

/** Makes sure a platform operator with this e-mail exists, creating them if not; says whether one was created. */
public interface EnsurePlatformOperatorUseCase {
    boolean ensure(Email email, NewPassword password);
}
