# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE, installer/packaging.cmake).
# .deb: each component's description (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION) starts with its own
# summary line; CPack would put CPACK_PACKAGE_DESCRIPTION_SUMMARY before it unless that summary is
# the "default" one, which it is made here. The other generators keep the summary as it is.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
