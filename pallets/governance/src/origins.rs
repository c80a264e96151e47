//! `EnsureOrigin` types for the referenda tracks' origins ([`crate::Origin`]).
//!
//! Each type accepts exactly one track's origin and nothing else (not even root: the runtime
//! combines them with `EnsureRoot` where root keeps a power, e.g.
//! `EitherOf<EnsureRoot<AccountId>, ProtocolParameters>`).

use crate::pallet::Origin;
use polkadot_sdk::frame_support::traits::EnsureOrigin;

macro_rules! track_origins {
    ($($(#[$doc:meta])* $name:ident;)*) => {
        $(
            $(#[$doc])*
            pub struct $name;

            impl<O> EnsureOrigin<O> for $name
            where
                O: Into<Result<Origin, O>> + From<Origin>,
            {
                type Success = ();

                fn try_origin(o: O) -> Result<Self::Success, O> {
                    o.into().and_then(|origin| match origin {
                        Origin::$name => Ok(()),
                        other => Err(O::from(other)),
                    })
                }

                #[cfg(feature = "runtime-benchmarks")]
                fn try_successful_origin() -> Result<O, ()> {
                    Ok(O::from(Origin::$name))
                }
            }
        )*
    };
}

track_origins! {
    /// The whitelisted-caller track's origin: a call the senate whitelisted.
    WhitelistedCaller;
    /// The protocol-parameters track's origin.
    ProtocolParameters;
    /// The staking-parameters track's origin.
    StakingParameters;
    /// The collator-selection track's origin.
    CollatorSelection;
    /// The general-admin track's origin.
    GeneralAdmin;
    /// The referendum-canceller track's origin.
    ReferendumCanceller;
    /// The referendum-killer track's origin.
    ReferendumKiller;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mock::{new_test_ext, RuntimeOrigin};
    use polkadot_sdk::frame_system::RawOrigin;

    #[test]
    fn each_track_origin_accepts_only_itself() {
        new_test_ext().execute_with(|| {
            let track: RuntimeOrigin = Origin::ProtocolParameters.into();
            assert!(ProtocolParameters::try_origin(track.clone()).is_ok());
            assert!(StakingParameters::try_origin(track.clone()).is_err());
            assert!(GeneralAdmin::try_origin(track).is_err());
            assert!(ProtocolParameters::try_origin(RuntimeOrigin::root()).is_err());
            assert!(ProtocolParameters::try_origin(RuntimeOrigin::signed(1)).is_err());
            let killer: RuntimeOrigin = Origin::ReferendumKiller.into();
            assert!(ReferendumKiller::try_origin(killer.clone()).is_ok());
            assert!(ReferendumCanceller::try_origin(killer).is_err());
            let none: RuntimeOrigin = RawOrigin::None.into();
            assert!(WhitelistedCaller::try_origin(none).is_err());
        });
    }
}
