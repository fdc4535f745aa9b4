namespace Participation.Departments;

public enum DepartmentKind { Department, Mission, OfficialOffice }
